package org.energytracking.metering.entity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Local days [day, day + days) of one device: the unit a rebuild re-rolls in one transaction and checkpoints.
 * Spans end at month boundaries, where a tiered tariff starts counting again, so no span is priced twice.
 */
public record DayRange(long deviceRowId, LocalDate day, int days, long fromTs, long toTs) {

    /** One span per local day. */
    public static List<DayRange> of(long deviceRowId, ZoneId zone, LocalDate from, LocalDate toExclusive) {
        return of(deviceRowId, zone, from, toExclusive, 1);
    }

    /** Spans of at most {@code maxDays} local days, none crossing the start of a month. */
    public static List<DayRange> of(long deviceRowId, ZoneId zone, LocalDate from, LocalDate toExclusive, int maxDays) {
        List<DayRange> spans = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(toExclusive); ) {
            LocalDate end = earliest(day.plusDays(Math.max(1, maxDays)), day.withDayOfMonth(1).plusMonths(1), toExclusive);
            int days = (int) (end.toEpochDay() - day.toEpochDay());
            spans.add(new DayRange(deviceRowId, day, days, day.atStartOfDay(zone).toInstant().toEpochMilli(),
                    end.atStartOfDay(zone).toInstant().toEpochMilli()));
            day = end;
        }
        return spans;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate first = a.isBefore(b) ? a : b;
        return first.isBefore(c) ? first : c;
    }
}
