package org.energytracking.metering.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Stored rollup rows laid onto the buckets of a query: every bucket of the range appears, with or
 * without data. Days and months also carry the standing charges of their days up to {@code today}.
 */
public final class EnergySeries {

    private EnergySeries() {
    }

    public static List<EnergyPoint> of(List<Bucket> buckets, Resolution resolution, ZoneId zone, List<RollupRow> rows,
                                       int devices, Function<LocalDate, StandingCharges.Day> standing, LocalDate today) {
        long[] starts = buckets.stream().mapToLong(b -> b.start().toEpochMilli()).toArray();
        RollupRow[] sums = new RollupRow[buckets.size()];
        for (RollupRow row : rows) {
            int index = Arrays.binarySearch(starts, row.at());
            index = index >= 0 ? index : -index - 2;
            if (index >= 0 && row.at() < buckets.get(index).end().toEpochMilli()) {
                sums[index] = sums[index] == null ? row : sums[index].plus(row);
            }
        }
        boolean daily = resolution == Resolution.DAY || resolution == Resolution.MONTH;
        List<EnergyPoint> points = new ArrayList<>(buckets.size());
        for (int i = 0; i < sums.length; i++) {
            Bucket bucket = buckets.get(i);
            RollupRow sum = sums[i] == null ? RollupRow.empty(starts[i]) : sums[i];
            BigDecimal cost = sum.cost();
            String currency = sum.currency();
            if (daily) {
                StandingCharges.Day charges = StandingCharges.over(bucket, zone, today, standing);
                cost = RollupRow.add(cost, charges.amount());
                currency = currency != null ? currency : charges.currency();
            }
            points.add(new EnergyPoint(bucket, sum.energyWh(), sum.knownMs(), devices, sum.powerSamples(),
                    sum.powerSumW(), sum.powerMaxW(), cost, currency));
        }
        return points;
    }
}
