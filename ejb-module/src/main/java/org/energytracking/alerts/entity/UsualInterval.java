package org.energytracking.alerts.entity;

import java.time.Duration;
import java.util.Arrays;

/**
 * How long a device may stay silent before an offline rule without {@code after_minutes} fires: three times
 * its usual interval, learned as the median gap between its recent readings (robust to a burst or one long
 * gap), and never less than five minutes (a plug reporting every 10 s is not offline after 30 s of Wi-Fi).
 */
public final class UsualInterval {

    public static final Duration FLOOR = Duration.ofMinutes(5);
    private static final int FACTOR = 3;

    private UsualInterval() {
    }

    /** The silence allowed, from the timestamps of recent readings (any order; fewer than two: the floor). */
    public static Duration silenceAllowed(long... recentTs) {
        if (recentTs.length < 2) {
            return FLOOR;
        }
        long[] sorted = recentTs.clone();
        Arrays.sort(sorted);
        long[] gaps = new long[sorted.length - 1];
        for (int i = 1; i < sorted.length; i++) {
            gaps[i - 1] = sorted[i] - sorted[i - 1];
        }
        Arrays.sort(gaps);
        long median = gaps.length % 2 == 1 ? gaps[gaps.length / 2] : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2;
        Duration learned = Duration.ofMillis(median * FACTOR);
        return learned.compareTo(FLOOR) < 0 ? FLOOR : learned;
    }
}
