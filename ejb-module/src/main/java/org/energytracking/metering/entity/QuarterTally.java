package org.energytracking.metering.entity;

/** What one quarter hour collects while intervals and samples are added to it. */
final class QuarterTally {

    private final long start;
    private double energyWh;
    private long knownMs;
    private int samples;
    private int powerSamples;
    private double powerSumW;
    private Double powerMinW;
    private Double powerMaxW;

    QuarterTally(long start) {
        this.start = start;
    }

    void add(Interval interval) {
        if (interval.known()) {
            energyWh += interval.energyWithin(start, start + QuarterHour.MILLIS);
            knownMs += interval.overlapMs(start, start + QuarterHour.MILLIS);
        }
    }

    void add(MeterSample sample) {
        samples++;
        if (sample.hasPower()) {
            double powerW = sample.powerW();
            powerSamples++;
            powerSumW += powerW;
            powerMinW = powerMinW == null ? powerW : Math.min(powerMinW, powerW);
            powerMaxW = powerMaxW == null ? powerW : Math.max(powerMaxW, powerW);
        }
    }

    QuarterHour toQuarterHour() {
        return new QuarterHour(start, energyWh, knownMs, samples, powerSamples, powerSumW, powerMinW, powerMaxW);
    }
}
