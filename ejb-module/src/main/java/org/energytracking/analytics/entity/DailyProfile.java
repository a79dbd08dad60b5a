package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/** @param averageWhByHour 24 values, local hour 0 first; null for an hour the period never holds */
public record DailyProfile(List<BigDecimal> averageWhByHour) {

    static DailyProfile of(PeriodUsage usage, ZoneId zone) {
        return new DailyProfile(LocalHourAverages.of(usage, zone, 1, day -> 0).get(0));
    }
}
