package org.energytracking.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The custom-report form: a site and local days [from, to). */
public class CustomForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long siteId;
    private LocalDate from;
    private LocalDate to;
    private List<String> formats = List.of("pdf", "csv");

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<String> getFormats() {
        return formats;
    }

    public void setFormats(List<String> formats) {
        this.formats = formats;
    }
}
