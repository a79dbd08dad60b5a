package org.energytracking.tariffs;

import java.io.Serializable;
import java.math.BigDecimal;
import org.energytracking.tariffs.entity.RateWindow;

/** One time-of-use window as the form edits it. */
public class RateForm implements Serializable {

    private String days = "MON-FRI";
    private String from = "07:00";
    private String to = "22:00";
    private BigDecimal pricePerKwh;

    static RateForm of(RateWindow window) {
        RateForm form = new RateForm();
        form.days = window.days();
        form.from = window.from();
        form.to = window.to();
        form.pricePerKwh = window.pricePerKwh();
        return form;
    }

    RateWindow toWindow(String field) {
        return RateWindow.of(days, from, to, pricePerKwh, field);
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public BigDecimal getPricePerKwh() {
        return pricePerKwh;
    }

    public void setPricePerKwh(BigDecimal pricePerKwh) {
        this.pricePerKwh = pricePerKwh;
    }
}
