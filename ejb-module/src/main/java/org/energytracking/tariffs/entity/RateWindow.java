package org.energytracking.tariffs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;
import org.energytracking.kernel.Problem;

/**
 * A time-of-use price: on its days, from {@code from} (inclusive) to {@code to} (exclusive), local
 * time. Both lie on quarter hours (minutes 00, 15, 30, 45; {@code 24:00} as {@code to}), so one
 * quarter hour of energy has exactly one price. A window whose {@code from} is after its {@code to}
 * wraps past midnight and belongs to the day it starts on: {@code FRI 22:00-06:00} covers Friday
 * 22:00 to Saturday 06:00.
 */
@Embeddable
public class RateWindow {

    static final int MINUTES_PER_DAY = 24 * 60;

    private String days;
    @Column(name = "start_minute")
    private int startMinute;
    @Column(name = "end_minute")
    private int endMinute;
    @Column(name = "price_per_kwh")
    private BigDecimal pricePerKwh;

    protected RateWindow() {
    }

    private RateWindow(String days, int startMinute, int endMinute, BigDecimal pricePerKwh) {
        this.days = days;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
        this.pricePerKwh = pricePerKwh;
    }

    /** The window as a client wrote it; {@code field} names it in errors, e.g. {@code versions[0].rates[1]}. */
    public static RateWindow of(String days, String from, String to, BigDecimal pricePerKwh, String field) {
        int start = minuteOfDay(from, false, field + ".from");
        int end = minuteOfDay(to, true, field + ".to");
        if (start == end) {
            throw Problem.invalid(field + ".to", field + ".to must differ from from (00:00-24:00 is a whole day)");
        }
        return new RateWindow(Days.normalise(days, field + ".days"), start, end,
                Prices.checked(pricePerKwh, field + ".price_per_kwh"));
    }

    /** HH:MM on a quarter hour; 24:00 only where {@code endOfDay} is allowed. */
    static int minuteOfDay(String text, boolean endOfDay, String field) {
        if (text == null || !text.matches("\\d{2}:\\d{2}")) {
            throw Problem.invalid(field, field + " must be a local time HH:MM, e.g. 07:00");
        }
        int hour = Integer.parseInt(text.substring(0, 2));
        int minute = Integer.parseInt(text.substring(3));
        int total = hour * 60 + minute;
        if (minute > 59 || total > MINUTES_PER_DAY || (total == MINUTES_PER_DAY && !endOfDay)) {
            throw Problem.invalid(field, field + " " + text + " is not a time of day" + (endOfDay ? " (24:00 is the latest)" : ""));
        }
        if (minute % 15 != 0) {
            throw Problem.invalid(field, field + " must be on a quarter hour (minutes 00, 15, 30 or 45), got " + text);
        }
        return total;
    }

    public boolean wrapsPastMidnight() {
        return endMinute < startMinute;
    }

    public Set<DayOfWeek> dayset() {
        return Days.parse(days, "days");
    }

    /** The window as reports name it, e.g. {@code MON-FRI 07:00-22:00}. */
    public String label() {
        return days + " " + from() + "-" + to();
    }

    public String days() {
        return days;
    }

    public String from() {
        return clock(startMinute);
    }

    public String to() {
        return clock(endMinute);
    }

    int startMinute() {
        return startMinute;
    }

    int endMinute() {
        return endMinute;
    }

    public BigDecimal pricePerKwh() {
        return pricePerKwh;
    }

    private static String clock(int minuteOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
