package org.energytracking.system;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/**
 * A plug's hourly counter readings for the weeks before {@code end} (an hour boundary): a household's day (100 Wh
 * an hour at night, 300 on weekdays, 450 on weekends) with a few percent of fixed noise, and {@code extraWh} (by
 * hour start) on top of it. As CSV for the readings import.
 */
final class LabelledHistory {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final long HOUR = 3_600_000L;

    private LabelledHistory() {
    }

    static double usualWh(long hourStart) {
        ZonedDateTime local = Instant.ofEpochMilli(hourStart).atZone(BERLIN);
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        double shape = local.getHour() < 7 ? 100 : local.getHour() == 23 ? 150 : weekend ? 450 : 300;
        // -6 % .. +6 %, the same for the same hour on every run
        double noise = (Math.floorMod(hourStart / HOUR * 7919, 13) - 6) / 100.0;
        return shape * (1 + noise);
    }

    /** Counter readings at every hour boundary of [end - days, end]; {@code hourWh} gives each hour's energy. */
    static String csv(long end, int days, LongToDoubleFunction hourWh) {
        StringBuilder csv = new StringBuilder("ts,energy\n");
        double counter = 1_000_000;
        for (long t = end - days * 24 * HOUR; t <= end; t += HOUR) {
            csv.append(t).append(',').append(Math.round(counter * 10) / 10.0).append('\n');
            counter += hourWh.applyAsDouble(t);
        }
        return csv.toString();
    }

    /** The hours (starts) of the local day {@code daysBefore} days before {@code end}'s, from {@code hour} for {@code count} hours. */
    static List<Long> localHours(long end, int daysBefore, int hour, int count) {
        ZonedDateTime first = Instant.ofEpochMilli(end).atZone(BERLIN).toLocalDate().minusDays(daysBefore).atTime(hour, 0).atZone(BERLIN);
        List<Long> hours = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hours.add(first.toInstant().toEpochMilli() + i * HOUR);
        }
        return hours;
    }
}
