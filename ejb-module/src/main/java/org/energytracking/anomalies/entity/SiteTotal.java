package org.energytracking.anomalies.entity;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A site's total energy by the hour: the sum of its devices' hours (a channel is part of its device and is not
 * added again). An hour is known only when every device still there (not silent for more than {@link #GONE_AFTER}
 * before it) is wholly known in it. A device whose readings are late keeps the hour unknown until they come, so a
 * partial sum is a gap, never a low hour; a device added to the site makes the hours before it unknown (the total
 * learns again, rather than every hour after it being "unusually high"); a device that went for good stops
 * counting a day after its last hour. A total of one device is that device, judged already: only hours that add up
 * two or more are a site's total. Read as one row an hour (the database sums), so a site of many devices costs no more.
 */
public final class SiteTotal {

    public static final Duration GONE_AFTER = Duration.ofDays(1);

    private final Map<Long, long[]> spans = new HashMap<>();
    private final TreeMap<Long, double[]> hours = new TreeMap<>();

    /** A device's first and last stored hour (their starts, epoch ms). */
    public void span(long deviceRowId, long firstStart, long lastStart) {
        spans.put(deviceRowId, new long[] {firstStart, lastStart});
    }

    /** One hour of the site: the sum of its devices' stored energy, and how many of them are wholly known in it. */
    public void hour(long start, double sumWh, int completeDevices) {
        hours.put(start, new double[] {sumWh, completeDevices});
    }

    /** The end of the latest hour any device has stored, or {@code orElse}. */
    public long latestHourEnd(long orElse) {
        return spans.values().stream().mapToLong(span -> span[1] + 3_600_000L).max().orElse(orElse);
    }

    /** The known totals: hour start → Wh. */
    public Map<Long, Double> completeHours() {
        Map<Long, Double> totals = new TreeMap<>();
        hours.forEach((start, hour) -> {
            // a device with a wholly known hour has begun by then and is still there, so the counts match only when all do
            long belong = spans.values().stream().filter(span -> start <= span[1] + GONE_AFTER.toMillis()).count();
            if (belong >= 2 && hour[1] == belong) {
                totals.put(start, hour[0]);
            }
        });
        return totals;
    }
}
