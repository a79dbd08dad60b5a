package org.energytracking.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * For tests that seed "today" or "this month" and then read it back: a run that straddles midnight UTC would
 * compare two different days (the dashboard's "today", "this month", "compared until"). Near the end of a day
 * such a test begins once the new day has begun.
 */
final class TheDay {

    private TheDay() {
    }

    /** Returns at once if the UTC day lasts at least {@code margin} more, else once the next day has begun. */
    static void staysTheSameFor(Duration margin) {
        Instant now = Instant.now();
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration left = Duration.between(now, midnight);
        if (left.compareTo(margin) < 0) {
            await("midnight UTC (" + midnight + "), so that today stays one day for the test").atMost(left.plus(margin))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> Instant.now().isAfter(midnight));
        }
    }
}
