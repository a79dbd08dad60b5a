package org.energytracking.ingest.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energytracking.ingest.entity.LiveReading;
import org.energytracking.ingest.entity.Reading;

/**
 * Coalescing for the live feed: the latest reading per device since the last delivery, and when the
 * next delivery is due. At most one delivery per interval; the first reading after a quiet interval
 * goes out at once, so a lone reading is not delayed.
 */
final class LatestReadings {

    static final long NOT_NEEDED = -1;

    private final long intervalMillis;
    private final Map<Long, Reading> latest = new LinkedHashMap<>();
    private long lastDeliveryMillis = Long.MIN_VALUE / 2;
    private boolean scheduled;

    LatestReadings(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** Keeps the reading unless the device has a later one waiting; the delay of a delivery to schedule, or {@link #NOT_NEEDED}. */
    synchronized long offer(long deviceRowId, Reading reading, long nowMillis) {
        latest.merge(deviceRowId, reading, (waiting, offered) -> offered.ts() >= waiting.ts() ? offered : waiting);
        if (scheduled) {
            return NOT_NEEDED;
        }
        scheduled = true;
        return Math.max(0, lastDeliveryMillis + intervalMillis - nowMillis);
    }

    /** Everything waiting, once; the next offer schedules the next delivery. */
    synchronized List<LiveReading> drain(long nowMillis) {
        List<LiveReading> due = new ArrayList<>(latest.size());
        latest.forEach((device, reading) -> due.add(new LiveReading(device, reading)));
        latest.clear();
        scheduled = false;
        lastDeliveryMillis = nowMillis;
        return due;
    }
}
