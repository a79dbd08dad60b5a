package org.energytracking.ingest.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.energytracking.ingest.entity.Measurand;
import org.energytracking.ingest.entity.Reading;

/**
 * Assembles the readings of one payload, whatever its format: the parser reports the fields of one reading
 * between {@link #begin(int)} and {@link #end()}; the collector validates them and files the reading as
 * accepted or rejected. Keeps only the first reason a reading is rejected. Not thread-safe: one per parse call.
 */
final class ReadingCollector {

    static final String NO_KNOWN_VALUES = "no known values (expected any of "
            + Stream.of(Measurand.values()).map(Measurand::key).collect(Collectors.joining(", ")) + ")";

    private static final Measurand[] MEASURANDS = Measurand.values();

    private final String deviceId;
    private final long receivedAtMs;
    private final ReadingLimits limits;
    private final long oldestTs;
    private final long newestTs;
    private final List<Reading> readings = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private int index;
    private boolean hasTs;
    private long ts;
    private final double[] values = new double[MEASURANDS.length];
    private final boolean[] reported = new boolean[MEASURANDS.length];
    private int reportedCount;
    private String rejection;

    ReadingCollector(String deviceId, long receivedAtMs, ReadingLimits limits, Instant now) {
        this.deviceId = deviceId;
        this.receivedAtMs = receivedAtMs;
        this.limits = limits;
        this.oldestTs = limits.oldestAcceptedTs(now);
        this.newestTs = limits.newestAcceptedTs(now);
    }

    void begin(int index) {
        this.index = index;
        hasTs = false;
        reportedCount = 0;
        rejection = null;
        Arrays.fill(reported, false);
    }

    void timestamp(long ts) {
        if (hasTs) {
            reject("ts: reported more than once");
        }
        hasTs = true;
        this.ts = ts;
    }

    void value(Measurand measurand, double value) {
        int slot = measurand.ordinal();
        if (reported[slot]) {
            reject(measurand.key() + ": reported more than once");
            return;
        }
        if (!measurand.isPlausible(value)) {
            reject(measurand.key() + ": " + value + " " + measurand.unit() + " is outside "
                    + plain(measurand.min()) + ".." + plain(measurand.max()));
        }
        reported[slot] = true;
        reportedCount++;
        values[slot] = value;
    }

    void reject(String reason) {
        if (rejection == null) {
            rejection = reason;
        }
    }

    void end() {
        long effectiveTs = hasTs ? ts : receivedAtMs;
        if (rejection == null && reportedCount == 0) {
            rejection = NO_KNOWN_VALUES;
        }
        if (rejection == null && effectiveTs > newestTs) {
            rejection = "ts: " + effectiveTs + " is more than " + describe(limits.maxClockSkew()) + " in the future";
        }
        if (rejection == null && effectiveTs < oldestTs) {
            rejection = "ts: " + Instant.ofEpochMilli(effectiveTs) + " is older than the retention period ("
                    + limits.retentionMonths() + " months)";
        }
        if (rejection == null) {
            readings.add(new Reading(deviceId, effectiveTs, reported(Measurand.POWER), reported(Measurand.VOLTAGE),
                    reported(Measurand.CURRENT), reported(Measurand.ENERGY), reported(Measurand.TEMPERATURE),
                    reported(Measurand.POWER_FACTOR), reported(Measurand.APPARENT_POWER), reported(Measurand.REACTIVE_POWER)));
        } else {
            rejections.add(new Rejection(index, rejection));
        }
    }

    ParseResult result() {
        return new ParseResult(readings, rejections);
    }

    private Double reported(Measurand measurand) {
        int slot = measurand.ordinal();
        return reported[slot] ? values[slot] : null;
    }

    /** Range limits are whole numbers; print them without a trailing ".0". */
    private static String plain(double limit) {
        boolean whole = limit == Math.rint(limit) && Math.abs(limit) < 1e15;
        return whole ? Long.toString((long) limit) : Double.toString(limit);
    }

    /** "1 day", "6 hours", "90 seconds": the skew as an operator would configure it. */
    static String describe(Duration duration) {
        long seconds = duration.getSeconds();
        if (duration.getNano() != 0 || seconds == 0) {
            return duration.toMillis() + " ms";
        }
        if (seconds % 86_400 == 0) {
            return count(seconds / 86_400, "day");
        }
        if (seconds % 3_600 == 0) {
            return count(seconds / 3_600, "hour");
        }
        if (seconds % 60 == 0) {
            return count(seconds / 60, "minute");
        }
        return count(seconds, "second");
    }

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
