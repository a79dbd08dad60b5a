package org.energytracking.metering.entity;

import java.util.ArrayList;
import java.util.List;

/** New readings of a device on one UTC day whose rollups are not yet re-rolled. */
public record StaleRange(long deviceRowId, long day, long fromTs, long toTs, long version) {

    public static StaleRange of(Object[] row) {
        return new StaleRange(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]));
    }

    /**
     * The leading run of consecutive days of one device, from ranges sorted by day: re-rolled as
     * one span, they share the neighbour lookups, the tariff and one commit instead of one per day.
     */
    public static List<StaleRange> leadingRun(List<StaleRange> sortedByDay) {
        List<StaleRange> run = new ArrayList<>();
        for (StaleRange range : sortedByDay) {
            if (!run.isEmpty()) {
                StaleRange last = run.get(run.size() - 1);
                if (range.deviceRowId != last.deviceRowId || range.day != last.day + 1) {
                    break;
                }
            }
            run.add(range);
        }
        return run;
    }

    private static long number(Object column) {
        return ((Number) column).longValue();
    }
}
