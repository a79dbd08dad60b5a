package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Average Wh per local hour of day (0..23) over the days of each group (all days, or one weekday).
 * Energy is summed per local day and hour, then divided by the number of days on which the period
 * holds that hour: a spring-forward day does not count for the hour it lacks, the two runs of a
 * fall-back day's repeated hour add up to that day's figure, and a day without data counts as zero
 * (the completeness tells how much is missing). An hour the period never holds is null.
 */
final class LocalHourAverages {

    private static final int HOURS = 24;

    private LocalHourAverages() {
    }

    static List<List<BigDecimal>> of(PeriodUsage usage, ZoneId zone, int groups, ToIntFunction<LocalDate> groupOf) {
        int[][] days = new int[groups][HOURS];
        Set<Long> seenDayHours = new HashSet<>();
        usage.period().quarterStarts().forEach(start -> {
            LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(start), zone);
            if (seenDayHours.add(local.toLocalDate().toEpochDay() * HOURS + local.getHour())) {
                days[groupOf.applyAsInt(local.toLocalDate())][local.getHour()]++;
            }
        });
        double[][] energyWh = new double[groups][HOURS];
        for (SiteQuarter quarter : usage.quarters()) {
            LocalDateTime local = quarter.localStart(zone).toLocalDateTime();
            energyWh[groupOf.applyAsInt(local.toLocalDate())][local.getHour()] += quarter.energyWh();
        }
        List<List<BigDecimal>> averages = new ArrayList<>();
        for (int group = 0; group < groups; group++) {
            int[] groupDays = days[group];
            double[] groupWh = energyWh[group];
            averages.add(IntStream.range(0, HOURS)
                    .mapToObj(hour -> groupDays[hour] == 0 ? null
                            : DisplayRounding.measure(groupWh[hour] / groupDays[hour]))
                    .toList());
        }
        return List.copyOf(averages);
    }
}
