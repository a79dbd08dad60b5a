package org.energytracking.alerts;

import java.time.Duration;
import java.time.Instant;

/**
 * The stretch of readings an alert's chart shows: two hours before it opened, so the rise is in view, to
 * an hour after, or on until it resolved (or until now while it lasts), but never more than a day after.
 */
record AlertWindow(Instant from, Instant to) {

    static final Duration BEFORE = Duration.ofHours(2);
    static final Duration AFTER = Duration.ofHours(1);
    static final Duration LONGEST = Duration.ofDays(1);

    static AlertWindow around(Instant openedAt, Instant resolvedAt, Instant now) {
        Instant end = resolvedAt != null ? resolvedAt.plus(Duration.ofMinutes(15)) : now;
        Instant to = end.isAfter(openedAt.plus(AFTER)) ? end : openedAt.plus(AFTER);
        Instant latest = openedAt.plus(LONGEST);
        return new AlertWindow(openedAt.minus(BEFORE), to.isAfter(latest) ? latest : to);
    }
}
