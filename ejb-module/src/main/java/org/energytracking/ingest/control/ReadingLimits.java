package org.energytracking.ingest.control;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What the ingest accepts: payload size, readings per message, how far device clocks may run ahead,
 * and how many whole months back readings are still stored.
 */
public record ReadingLimits(int maxPayloadBytes, int maxReadingsPerMessage, Duration maxClockSkew,
        int retentionMonths) {

    public ReadingLimits {
        if (maxPayloadBytes <= 0 || maxReadingsPerMessage <= 0) {
            throw new IllegalArgumentException("payload limits must be positive: " + maxPayloadBytes + " bytes, "
                    + maxReadingsPerMessage + " readings");
        }
        if (retentionMonths < 0) {
            throw new IllegalArgumentException("retentionMonths must not be negative: " + retentionMonths);
        }
        Objects.requireNonNull(maxClockSkew, "maxClockSkew");
        if (maxClockSkew.isNegative()) {
            throw new IllegalArgumentException("maxClockSkew must not be negative: " + maxClockSkew);
        }
    }

    /** 256 KiB, 10 000 readings, 1 day of clock skew, 60 months of retention. */
    public static ReadingLimits defaults() {
        return new ReadingLimits(256 * 1024, 10_000, Duration.ofDays(1), 60);
    }

    /** Epoch ms of the first instant of the UTC month that is {@code retentionMonths} months before now's UTC month. */
    public long oldestAcceptedTs(Instant now) {
        YearMonth oldestMonth = YearMonth.from(now.atOffset(ZoneOffset.UTC)).minusMonths(retentionMonths);
        return oldestMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Epoch ms of now + maxClockSkew: devices whose clocks run further ahead are not trusted. */
    public long newestAcceptedTs(Instant now) {
        return now.plus(maxClockSkew).toEpochMilli();
    }
}
