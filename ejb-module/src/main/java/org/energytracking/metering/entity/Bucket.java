package org.energytracking.metering.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One bucket of a consumption series: [start, end). */
public record Bucket(Instant start, Instant end) {

    public Bucket {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("empty bucket [" + start + ", " + end + ")");
        }
    }

    public ZonedDateTime localStart(ZoneId zone) {
        return start.atZone(zone);
    }

    public ZonedDateTime localEnd(ZoneId zone) {
        return end.atZone(zone);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public long startMs() {
        return start.toEpochMilli();
    }

    public long endMs() {
        return end.toEpochMilli();
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
