package org.energytracking.metering.entity;

/**
 * One UTC-aligned 15-minute bucket of a device: energy and known time from the intervals overlapping it,
 * sample counts and power statistics from the samples inside it.
 */
public record QuarterHour(long start, double energyWh, long knownMs, int samples, int powerSamples,
        double powerSumW, Double powerMinW, Double powerMaxW) {

    public static final long MILLIS = 900_000;

    public boolean complete() {
        return knownMs >= MILLIS;
    }

    public long end() {
        return start + MILLIS;
    }

    /** Mean of the reported power values, null without any. */
    public Double powerAvgW() {
        return powerSamples == 0 ? null : powerSumW / powerSamples;
    }
}
