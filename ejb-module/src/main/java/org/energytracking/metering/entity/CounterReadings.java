package org.energytracking.metering.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Intervals between consecutive energy readings: counter differences with resets, rollovers and
 * declared replacements applied, and the breaks detected on the way.
 */
final class CounterReadings {

    static final double ROLLOVER_SHARE = 0.9;

    final List<Interval> intervals = new ArrayList<>();
    final List<CounterBreak> breaks = new ArrayList<>();
    private final Double counterMaxWh;

    private CounterReadings(Double counterMaxWh) {
        if (counterMaxWh != null && !(counterMaxWh > 0)) {
            throw new IllegalArgumentException("counterMaxWh must be positive, was " + counterMaxWh);
        }
        this.counterMaxWh = counterMaxWh;
    }

    /** @param samples one per ts, in time order */
    static CounterReadings of(List<MeterSample> samples, List<Replacement> replacements, Double counterMaxWh) {
        CounterReadings counter = new CounterReadings(counterMaxWh);
        List<Replacement> declared = replacements.stream().sorted(Comparator.comparingLong(Replacement::ts)).toList();
        MeterSample previous = null;
        for (MeterSample sample : samples) {
            if (!sample.hasEnergy()) {
                continue;
            }
            if (previous != null) {
                Replacement replacement = lastIn(declared, previous.ts(), sample.ts());
                if (replacement == null) {
                    counter.between(previous, sample);
                } else {
                    counter.across(previous, replacement, sample);
                }
            }
            previous = sample;
        }
        return counter;
    }

    private void between(MeterSample a, MeterSample b) {
        double previousWh = a.energyWh();
        double newWh = b.energyWh();
        if (newWh >= previousWh) {
            intervals.add(new Interval(a.ts(), b.ts(), newWh - previousWh, true));
        } else if (counterMaxWh != null && previousWh >= ROLLOVER_SHARE * counterMaxWh) {
            intervals.add(new Interval(a.ts(), b.ts(), counterMaxWh - previousWh + newWh, true));
            breaks.add(new CounterBreak(b.ts(), MeterEventType.ROLLOVER, previousWh, newWh));
        } else {
            intervals.add(new Interval(a.ts(), b.ts(), newWh, true));
            breaks.add(new CounterBreak(b.ts(), MeterEventType.RESET, previousWh, newWh));
        }
    }

    /** Nothing is counted across a replacement: the old meter's last stretch is unknown. */
    private void across(MeterSample a, Replacement r, MeterSample b) {
        intervals.add(Interval.unknown(a.ts(), r.ts()));
        if (r.ts() == b.ts()) {
            return;
        }
        double newWh = b.energyWh();
        if (newWh >= r.newCounterWh()) {
            intervals.add(new Interval(r.ts(), b.ts(), newWh - r.newCounterWh(), true));
        } else {
            intervals.add(new Interval(r.ts(), b.ts(), newWh, true));
            breaks.add(new CounterBreak(b.ts(), MeterEventType.RESET, r.newCounterWh(), newWh));
        }
    }

    /** The last replacement with from < ts <= to, or null. */
    private static Replacement lastIn(List<Replacement> sorted, long from, long to) {
        int low = 0;
        int high = sorted.size();
        while (low < high) { // first index with ts > to
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).ts() <= to) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low > 0 && sorted.get(low - 1).ts() > from ? sorted.get(low - 1) : null;
    }
}
