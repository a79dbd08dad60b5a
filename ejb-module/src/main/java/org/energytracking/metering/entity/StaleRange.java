package org.energytracking.metering.entity;

/** New readings of a device on one UTC day whose rollups are not yet re-rolled. */
public record StaleRange(long deviceRowId, long day, long fromTs, long toTs, long version) {

    public static StaleRange of(Object[] row) {
        return new StaleRange(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]));
    }

    private static long number(Object column) {
        return ((Number) column).longValue();
    }
}
