package org.energytracking.reports;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.energytracking.reports.entity.DefinitionInput;

/** The new-definition form of the Reports page; the checks are the API's (DefinitionDrafts). */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Long siteId;
    private String period = "monthly";
    private String deliveryTime = "06:00";
    private List<String> formats = List.of("pdf", "csv");
    private String emails;

    DefinitionInput input() {
        List<String> addresses = emails == null || emails.isBlank() ? List.of()
                : Arrays.stream(emails.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return new DefinitionInput(name, siteId, List.of(), period, deliveryTime, formats, List.of(), addresses, List.of(), null, true, null);
    }

    void clear() {
        name = null;
        emails = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getDeliveryTime() {
        return deliveryTime;
    }

    public void setDeliveryTime(String deliveryTime) {
        this.deliveryTime = deliveryTime;
    }

    public List<String> getFormats() {
        return formats;
    }

    public void setFormats(List<String> formats) {
        this.formats = formats;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }
}
