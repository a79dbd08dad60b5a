package org.energytracking.metering.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * UTC-aligned 15-minute buckets. Every zone has had a whole number of quarter hours as its offset since
 * 1972, so these are the local quarter hours too, and local hours and days are unions of them.
 */
public final class QuarterHours {

    private static final long HOUR_MS = 3_600_000;

    private QuarterHours() {
    }

    public static long floor(long ts) {
        return ts - Math.floorMod(ts, QuarterHour.MILLIS);
    }

    /**
     * Start of the local hour containing the quarter hour. Computed from the offset, not from local
     * wall time, so that the hour 02:00 that a fall-back night repeats is two hours with two starts.
     */
    public static long hourStart(long quarterStart, ZoneId zone) {
        long offsetMs = zone.getRules().getOffset(Instant.ofEpochMilli(quarterStart)).getTotalSeconds() * 1000L;
        return quarterStart - Math.floorMod(quarterStart + offsetMs, HOUR_MS);
    }

    public static LocalDate localDay(long quarterStart, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(quarterStart), zone);
    }

    static void requireAligned(long ts, String name) {
        if (floor(ts) != ts) {
            throw new IllegalArgumentException(name + " must be a multiple of 15 minutes, was " + ts);
        }
    }
}
