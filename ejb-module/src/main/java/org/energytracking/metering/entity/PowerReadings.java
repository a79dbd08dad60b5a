package org.energytracking.metering.entity;

import java.util.ArrayList;
import java.util.List;

/** Energy from power: the trapezoid between consecutive power readings, unknown across long gaps. */
final class PowerReadings {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private PowerReadings() {
    }

    /** @param samples one per ts, in time order */
    static List<Interval> intervals(List<MeterSample> samples, long maxGapMs) {
        List<Interval> intervals = new ArrayList<>();
        MeterSample previous = null;
        for (MeterSample sample : samples) {
            if (!sample.hasPower()) {
                continue;
            }
            if (previous != null) {
                intervals.add(between(previous, sample, maxGapMs));
            }
            previous = sample;
        }
        return intervals;
    }

    private static Interval between(MeterSample a, MeterSample b, long maxGapMs) {
        long gap = b.ts() - a.ts();
        if (gap > maxGapMs) {
            return Interval.unknown(a.ts(), b.ts());
        }
        return new Interval(a.ts(), b.ts(), (a.powerW() + b.powerW()) / 2 * gap / MILLIS_PER_HOUR, true);
    }
}
