package org.energytracking.tariffs.entity;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.energytracking.kernel.Problem;

/**
 * A week as 7 × 96 quarter hours, each naming the rate window in force then, or none (the default
 * price). Building it is how overlapping windows are found: two windows may not claim one quarter.
 */
final class WeekSchedule {

    private static final int QUARTER_MINUTES = 15;
    private static final int QUARTERS_PER_DAY = RateWindow.MINUTES_PER_DAY / QUARTER_MINUTES;

    private final RateWindow[] slots = new RateWindow[7 * QUARTERS_PER_DAY];

    private WeekSchedule() {
    }

    /** {@code field} names the windows in errors, e.g. {@code versions[0].rates}; an overlap names the later one. */
    static WeekSchedule of(List<RateWindow> windows, String field) {
        WeekSchedule week = new WeekSchedule();
        for (int i = 0; i < windows.size(); i++) {
            RateWindow window = windows.get(i);
            for (DayOfWeek day : window.dayset()) {
                int start = day.ordinal() * QUARTERS_PER_DAY + window.startMinute() / QUARTER_MINUTES;
                int quarters = (window.endMinute() - window.startMinute()) / QUARTER_MINUTES;
                if (window.wrapsPastMidnight()) {
                    quarters += QUARTERS_PER_DAY;
                }
                for (int q = 0; q < quarters; q++) {
                    week.claim((start + q) % week.slots.length, window, field + "[" + i + "]");
                }
            }
        }
        return week;
    }

    private void claim(int slot, RateWindow window, String field) {
        RateWindow before = slots[slot];
        if (before != null) {
            DayOfWeek day = DayOfWeek.values()[slot / QUARTERS_PER_DAY];
            int minute = (slot % QUARTERS_PER_DAY) * QUARTER_MINUTES;
            throw Problem.invalid(field, field + " (" + window.label() + ") overlaps " + before.label() + " on " + day
                    + String.format(Locale.ROOT, " at %02d:%02d", minute / 60, minute % 60));
        }
        slots[slot] = window;
    }

    /** The window in force at that local day and time, or null where the default price applies. */
    RateWindow at(DayOfWeek day, int minuteOfDay) {
        return slots[day.ordinal() * QUARTERS_PER_DAY + minuteOfDay / QUARTER_MINUTES];
    }
}
