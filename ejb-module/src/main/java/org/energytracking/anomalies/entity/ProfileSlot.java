package org.energytracking.anomalies.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Which baseline an hour is compared with: its local hour on a weekday (Monday to Friday share one profile)
 * or on a weekend day (Saturday and Sunday share another).
 * <p>
 * Why shared rather than one profile per hour of the week: after the 14 days of learning a per-hour-of-week
 * profile has 2 values per hour, and a median and MAD of 2 values are not robust (one odd Tuesday makes the
 * MAD half the difference to it); the shared profile has 10 weekday and 4 weekend values by then, 40 and 16
 * after eight weeks. Households and offices differ mostly between working days and weekends; a device whose
 * Wednesdays differ from its Mondays pays with a wider band (a larger MAD), not with false alarms.
 * <p>
 * Local time makes DST days plain: a 23-hour day has no 02:00 slot that day, a 25-hour day has two hours
 * in its 02:00 slot, both compared with the usual 02:00.
 */
public record ProfileSlot(boolean weekend, int hour) {

    public static ProfileSlot of(Instant hourStart, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(hourStart, zone);
        DayOfWeek day = local.getDayOfWeek();
        return new ProfileSlot(day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY, local.getHour());
    }

    /** 0–23 weekdays, 24–47 weekends: the key a stored baseline row has. */
    public int index() {
        return (weekend ? 24 : 0) + hour;
    }

    public static ProfileSlot ofIndex(int index) {
        return new ProfileSlot(index >= 24, index % 24);
    }
}
