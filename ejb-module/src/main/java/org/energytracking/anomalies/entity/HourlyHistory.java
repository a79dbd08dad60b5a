package org.energytracking.anomalies.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A device's complete hours (hour start → Wh) from its stored hourly rollups. An hour not wholly known is
 * absent, never zero: a gap neither makes a baseline low nor is itself judged.
 */
public class HourlyHistory {

    public static final Duration WINDOW = Duration.ofDays(56);
    public static final Duration LEARNING = Duration.ofDays(14);
    /** Fewer values than this in the window's slot: no baseline yet (a device that was off for weeks). */
    public static final int MIN_SAMPLES = 3;
    private static final long HOUR = 3_600_000L;

    private final ZoneId zone;
    private final TreeMap<Long, Double> hours = new TreeMap<>();
    private final Map<ProfileSlot, TreeMap<Long, Double>> bySlot = new HashMap<>();

    public HourlyHistory(ZoneId zone, Map<Long, Double> completeHoursWh) {
        this.zone = zone;
        completeHoursWh.forEach((start, wh) -> {
            hours.put(start, wh);
            bySlot.computeIfAbsent(ProfileSlot.of(Instant.ofEpochMilli(start), zone), slot -> new TreeMap<>()).put(start, wh);
        });
    }

    public ZoneId zone() {
        return zone;
    }

    /** The hour's energy, null when it is not wholly known. */
    public Double energyWh(long hourStart) {
        return hours.get(hourStart);
    }

    /** Whether the device has had history for the learning period by {@code hourStart}. */
    public boolean learned(long hourStart) {
        return !hours.isEmpty() && hours.firstKey() <= hourStart - LEARNING.toMillis();
    }

    /**
     * The baseline of the hour at {@code hourStart}: its slot's median and MAD over the eight weeks before, the MAD
     * at least the device's usual relative spread (the median of MAD / median over all its slots) times this
     * median: a slot whose few values happen to lie close together must not make a hair trigger (measured: such
     * slots gave most of the benchmark's false alerts, whatever k).
     */
    public Robust baseline(long hourStart, Set<Long> leftOut) {
        Robust own = slotBaseline(ProfileSlot.of(Instant.ofEpochMilli(hourStart), zone), hourStart, leftOut);
        if (own == null) {
            return null;
        }
        double[] relative = bySlot.keySet().stream().map(slot -> slotBaseline(slot, hourStart, leftOut))
                .filter(slot -> slot != null && slot.median() > 0).mapToDouble(slot -> slot.mad() / slot.median()).toArray();
        return relative.length == 0 ? own : own.withMadAtLeast(Robust.median(relative) * own.median());
    }

    /**
     * A slot's values in the eight weeks before {@code end}, less the hours {@code leftOut} (earlier anomalies),
     * unless those are half the slot or more: a change that lasts becomes the usual once it fills half the window,
     * rather than every later hour being unusual against a baseline that no longer learns (measured: a 5 % drift
     * then kept whole weekends of one benchmark device unusual for five weeks).
     */
    private Robust slotBaseline(ProfileSlot which, long end, Set<Long> leftOut) {
        NavigableMap<Long, Double> slot = bySlot.getOrDefault(which, new TreeMap<>()).subMap(end - WINDOW.toMillis(), true, end, false);
        double[] kept = slot.entrySet().stream().filter(e -> !leftOut.contains(e.getKey())).mapToDouble(Map.Entry::getValue).toArray();
        double[] values = kept.length * 2 > slot.size() ? kept : slot.values().stream().mapToDouble(Double::doubleValue).toArray();
        return values.length < MIN_SAMPLES ? null : Robust.of(values);
    }

    /**
     * Every slot's baseline as of {@code end} (the portal's band), all 48 of them: a slot with fewer than
     * {@link #MIN_SAMPLES} values has no baseline yet, and says so with its count (0 and 0 Wh when it has none).
     */
    public Map<Integer, Robust> profile(long end, Set<Long> leftOut) {
        Map<Integer, Robust> profile = new TreeMap<>();
        for (int index = 0; index < 48; index++) {
            double[] known = bySlot.getOrDefault(ProfileSlot.ofIndex(index), new TreeMap<>()).subMap(end - WINDOW.toMillis(), true, end, false)
                    .entrySet().stream().filter(e -> !leftOut.contains(e.getKey())).mapToDouble(Map.Entry::getValue).toArray();
            profile.put(index, known.length == 0 ? new Robust(0, 0, 0) : Robust.of(known));
        }
        return profile;
    }

    /** The known hour at {@code hourStart} against its baseline; null if that hour is not wholly known. */
    public Verdict judge(long hourStart, Sensitivity sensitivity, Set<Long> leftOut) {
        Double actual = hours.get(hourStart);
        if (actual == null) {
            return null;
        }
        Robust baseline = learned(hourStart) ? baseline(hourStart, leftOut) : null;
        return baseline == null ? new Verdict(Verdict.Kind.LEARNING, actual, null) : Verdict.judge(baseline, actual, sensitivity);
    }

    /**
     * Judges the known hours of [from, to) in order; each unusual one is left out of the baselines of the hours
     * after it (and is added to {@code leftOut}, which holds the anomalies already known before {@code from}).
     */
    public List<HourVerdict> scan(long from, long to, Sensitivity sensitivity, Set<Long> leftOut) {
        List<HourVerdict> verdicts = new ArrayList<>();
        for (Map.Entry<Long, Double> hour : hours.subMap(from, true, to, false).entrySet()) {
            leftOut.remove(hour.getKey());
            Verdict verdict = judge(hour.getKey(), sensitivity, leftOut);
            if (verdict.unusual()) {
                leftOut.add(hour.getKey());
            }
            verdicts.add(new HourVerdict(hour.getKey(), hour.getKey() + HOUR, verdict));
        }
        return verdicts;
    }

    /** The night base load (W) of the 7 days before {@code end} against that of the four weeks before them. */
    public NightBaseLoad nightBaseLoad(long end) {
        long week = Duration.ofDays(7).toMillis();
        Double actual = NightBaseLoad.weekPercentile(nights(end - week, end));
        List<Double> before = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Double earlier = NightBaseLoad.weekPercentile(nights(end - (i + 1) * week, end - i * week));
            if (earlier != null) {
                before.add(earlier);
            }
        }
        return new NightBaseLoad(before.size() < 3 ? null : Robust.median(before.stream().mapToDouble(Double::doubleValue).toArray()), actual);
    }

    /** Average power (W) of the complete hours that start 00:00–05:00 local time in [from, to). */
    private double[] nights(long from, long to) {
        return hours.subMap(from, true, to, false).entrySet().stream()
                .filter(e -> Instant.ofEpochMilli(e.getKey()).atZone(zone).getHour() < NightBaseLoad.NIGHT_END_HOUR)
                .mapToDouble(Map.Entry::getValue).toArray(); // an hour's Wh is its average W
    }
}
