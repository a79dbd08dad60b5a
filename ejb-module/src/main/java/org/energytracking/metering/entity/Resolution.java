package org.energytracking.metering.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The bucket sizes of consumption series, in the device's local time: a DST day has 23 or 25 hours. */
public enum Resolution {
    QUARTER_HOUR("15m"), HOUR("hour"), DAY("day"), MONTH("month");

    private static final Duration QUARTER = Duration.ofMillis(QuarterHour.MILLIS);

    private final String apiName;

    Resolution(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Resolution parse(String apiName) {
        for (Resolution resolution : values()) {
            if (resolution.apiName.equals(apiName)) {
                return resolution;
            }
        }
        throw new IllegalArgumentException("unknown resolution '" + apiName + "' (allowed: "
                + Arrays.stream(values()).map(Resolution::apiName).collect(Collectors.joining(", ")) + ")");
    }

    /** Start of the local bucket containing t. */
    public Instant floor(Instant t, ZoneId zone) {
        long quarter = QuarterHours.floor(t.toEpochMilli());
        return switch (this) {
            case QUARTER_HOUR -> Instant.ofEpochMilli(quarter);
            case HOUR -> Instant.ofEpochMilli(QuarterHours.hourStart(quarter, zone));
            case DAY -> LocalDate.ofInstant(t, zone).atStartOfDay(zone).toInstant();
            case MONTH -> LocalDate.ofInstant(t, zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
        };
    }

    /** Start of the bucket after the one starting at bucketStart. */
    public Instant next(Instant bucketStart, ZoneId zone) {
        return switch (this) {
            case QUARTER_HOUR -> bucketStart.plus(QUARTER);
            // 60 minutes wherever offsets change by whole hours: every zone with DST except Lord Howe Island
            case HOUR -> bucketStart.plus(Duration.ofHours(1));
            case DAY -> LocalDate.ofInstant(bucketStart, zone).plusDays(1).atStartOfDay(zone).toInstant();
            case MONTH -> LocalDate.ofInstant(bucketStart, zone).withDayOfMonth(1).plusMonths(1)
                    .atStartOfDay(zone).toInstant();
        };
    }

    /** Every bucket overlapping [from, to), the first one starting at or before from; none for an empty range. */
    public List<Bucket> buckets(Instant from, Instant to, ZoneId zone) {
        List<Bucket> buckets = new ArrayList<>();
        if (!from.isBefore(to)) {
            return buckets;
        }
        for (Instant start = floor(from, zone); start.isBefore(to); start = next(start, zone)) {
            buckets.add(new Bucket(start, next(start, zone)));
        }
        return buckets;
    }
}
