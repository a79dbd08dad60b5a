package org.energytracking.metering.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A device's consumption over its readings, spread linearly into quarter hours. A device with an energy
 * counter is metered by its counter alone: where the counter does not tell (across a declared
 * replacement, before its first reading) the energy is unknown, never an estimate from power. Power is
 * integrated only for devices without a counter.
 */
public final class Consumption {

    public static final long MAX_POWER_GAP_MS = 15 * 60_000;

    private final List<MeterSample> samples;
    private final List<Interval> intervals;
    private final List<CounterBreak> breaks;

    private Consumption(List<MeterSample> samples, List<Interval> intervals, List<CounterBreak> breaks) {
        this.samples = samples;
        this.intervals = intervals;
        this.breaks = breaks;
    }

    /**
     * @param samples      in any order, duplicates (same ts) merged
     * @param replacements in any order, may be empty
     * @param counterMaxWh the counter's width for rollovers, null when not configured; positive otherwise
     */
    public static Consumption of(List<MeterSample> samples, List<Replacement> replacements, Double counterMaxWh) {
        List<MeterSample> byTime = MeterSample.oneByTs(samples);
        CounterReadings counter = CounterReadings.of(byTime, replacements, counterMaxWh);
        boolean hasCounter = byTime.stream().anyMatch(MeterSample::hasEnergy);
        List<Interval> power = hasCounter ? List.of() : PowerReadings.intervals(byTime, MAX_POWER_GAP_MS);
        Timeline timeline = new Timeline();
        timeline.claim(counter.intervals.stream().filter(Interval::known).toList());
        timeline.claim(power.stream().filter(Interval::known).toList());
        timeline.claim(counter.intervals.stream().filter(i -> !i.known()).toList());
        timeline.claim(power.stream().filter(i -> !i.known()).toList());
        return new Consumption(List.copyOf(byTime), timeline.intervals(), List.copyOf(counter.breaks));
    }

    /** Disjoint, in time order. */
    public List<Interval> intervals() {
        return intervals;
    }

    public List<CounterBreak> breaks() {
        return breaks;
    }

    /** The merged samples, one per ts, in time order. */
    public List<MeterSample> samples() {
        return samples;
    }

    /**
     * Every quarter hour in [fromInclusive, toExclusive) that an interval overlaps or a sample falls
     * into, in time order.
     */
    public List<QuarterHour> quarterHours(long fromInclusive, long toExclusive) {
        QuarterHours.requireAligned(fromInclusive, "fromInclusive");
        QuarterHours.requireAligned(toExclusive, "toExclusive");
        TreeMap<Long, QuarterTally> tallies = new TreeMap<>();
        for (Interval interval : intervals) {
            if (interval.start() >= toExclusive) {
                break;
            }
            if (interval.end() <= fromInclusive) {
                continue;
            }
            long last = Math.min(interval.end(), toExclusive);
            for (long q = Math.max(QuarterHours.floor(interval.start()), fromInclusive); q < last; q += QuarterHour.MILLIS) {
                tallies.computeIfAbsent(q, QuarterTally::new).add(interval);
            }
        }
        for (MeterSample sample : samples) {
            if (sample.ts() >= fromInclusive && sample.ts() < toExclusive) {
                tallies.computeIfAbsent(QuarterHours.floor(sample.ts()), QuarterTally::new).add(sample);
            }
        }
        List<QuarterHour> quarters = new ArrayList<>(tallies.size());
        tallies.values().forEach(tally -> quarters.add(tally.toQuarterHour()));
        return quarters;
    }
}
