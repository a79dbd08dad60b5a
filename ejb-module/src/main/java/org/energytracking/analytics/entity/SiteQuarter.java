package org.energytracking.analytics.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One 15-minute bucket of the whole input: the energy of its entries (devices, windows) summed, and
 * known as far as its least-known entry. Entries carry no device, so a device with no entry at all
 * for a bucket goes unseen here; and a time-of-use window that cut a bucket in two would make both
 * parts look incomplete, which holds as long as windows start and end on quarter hours.
 */
record SiteQuarter(long start, double energyWh, long knownMs) {

    static final long LENGTH_MS = 900_000;
    private static final double QUARTERS_PER_HOUR = 3_600_000.0 / LENGTH_MS;

    /** The buckets in order of start. */
    static List<SiteQuarter> sumByStart(List<UsageQuarter> entries) {
        Map<Long, SiteQuarter> byStart = new TreeMap<>();
        for (UsageQuarter entry : entries) {
            byStart.merge(entry.start(), new SiteQuarter(entry.start(), entry.energyWh(), entry.knownMs()),
                    SiteQuarter::plus);
        }
        return List.copyOf(byStart.values());
    }

    private SiteQuarter plus(SiteQuarter other) {
        return new SiteQuarter(start, energyWh + other.energyWh, Math.min(knownMs, other.knownMs));
    }

    boolean complete() {
        return knownMs >= LENGTH_MS;
    }

    /** The known time, within the bucket's 15 minutes. */
    long knownWithinMs() {
        return Math.max(0, Math.min(knownMs, LENGTH_MS));
    }

    double averagePowerW() {
        return energyWh * QUARTERS_PER_HOUR;
    }

    ZonedDateTime localStart(ZoneId zone) {
        return Instant.ofEpochMilli(start).atZone(zone);
    }
}
