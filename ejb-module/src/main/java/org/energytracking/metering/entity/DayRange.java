package org.energytracking.metering.entity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** One local day of one device, the unit a rebuild re-rolls and checkpoints. */
public record DayRange(long deviceRowId, LocalDate day, long fromTs, long toTs) {

    public static List<DayRange> of(long deviceRowId, ZoneId zone, LocalDate from, LocalDate toExclusive) {
        List<DayRange> days = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            days.add(new DayRange(deviceRowId, day, day.atStartOfDay(zone).toInstant().toEpochMilli(),
                    day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()));
        }
        return days;
    }
}
