package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * @param averageWhByWeekdayAndHour 7 rows (Monday first) of 24 values (local hour 0 first), each
 *                                  averaged over that weekday's days in the period; null where the
 *                                  period holds no such weekday and hour
 */
public record HeatMap(List<List<BigDecimal>> averageWhByWeekdayAndHour) {

    static HeatMap of(PeriodUsage usage, ZoneId zone) {
        return new HeatMap(LocalHourAverages.of(usage, zone, 7, day -> day.getDayOfWeek().getValue() - 1));
    }
}
