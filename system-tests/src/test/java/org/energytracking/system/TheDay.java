package org.energytracking.system;

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
    static void staysTheSameFor(Duration margin) throws InterruptedException {
        Instant now = Instant.now();
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration left = Duration.between(now, midnight);
        if (left.compareTo(margin) < 0) {
            System.out.println("Waiting " + left.toSeconds() + " s for midnight UTC, so that today stays one day for the test");
            Thread.sleep(left.plusSeconds(1).toMillis());
        }
    }
}
