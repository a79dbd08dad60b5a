package org.energytracking.notify.entity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One email a day at a local time in the user's zone instead of single ones. A time that a clock change skips
 * resolves as {@link ZonedDateTime#of} does (the later offset), so a day's digest is never lost.
 */
public record DailyDigest(LocalTime at) {

    public static final LocalTime DEFAULT_TIME = LocalTime.of(7, 0);

    /** The first digest time after {@code now}: today's if it is still ahead, else tomorrow's. */
    public Instant next(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        Instant today = ZonedDateTime.of(local.toLocalDate(), at, zone).toInstant();
        return today.isAfter(now) ? today : ZonedDateTime.of(local.toLocalDate().plusDays(1), at, zone).toInstant();
    }
}
