package org.energytracking.notify.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed send is tried again: after {@code first}, doubling each time up to {@code longest}, for as
 * long as {@code giveUpAfter} from the first attempt (webhooks: 30 s doubling to 1 h, for 24 h). A receiver
 * that is down for an afternoon gets its notifications once it is back; one that is gone is marked failed.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));

    /** The next attempt after {@code failedAttempts} failures, or empty once it is time to give up. */
    public Optional<Instant> next(Instant firstAttempt, int failedAttempts, Instant now) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        Instant next = now.plus(wait);
        return next.isAfter(firstAttempt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
