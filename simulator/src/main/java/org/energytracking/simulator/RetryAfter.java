package org.energytracking.simulator;

import java.time.Duration;
import java.util.Optional;

/** A 429's Retry-After in seconds (the platform's form); a missing or odd value waits a second, a huge one two minutes. */
final class RetryAfter {

    static final Duration FALLBACK = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(2);

    private RetryAfter() {
    }

    static Duration of(Optional<String> header) {
        try {
            long seconds = Long.parseLong(header.orElse("").trim());
            if (seconds < 1) {
                return FALLBACK;
            }
            return seconds > LONGEST.toSeconds() ? LONGEST : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return FALLBACK;
        }
    }
}
