package org.energytracking.devices.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a device counts as online: a device that says so itself (an MQTT last will, Shelly's
 * {@code online} topic) is believed at once, until a reading newer than that word arrives; a device that
 * never says, or whose word is older than its last reading, is online while it published recently.
 */
public final class Availability {

    /** A device that has not delivered for this long counts as offline. */
    public static final Duration ONLINE_WITHIN = Duration.ofMinutes(5);

    private Availability() {
    }

    /** When the device said it is (online true) or went offline (false), if that is its latest word: newer than its last reading. */
    public static Optional<Instant> said(boolean online, Instant lastSeenAt, Boolean reportedOnline, Instant reportedAt) {
        boolean latest = reportedOnline != null && reportedAt != null && (lastSeenAt == null || !reportedAt.isBefore(lastSeenAt));
        return latest && reportedOnline == online ? Optional.of(reportedAt) : Optional.empty();
    }

    public static boolean online(Instant lastSeenAt, Boolean reportedOnline, Instant reportedAt, Instant now) {
        if (reportedOnline != null && reportedAt != null && (lastSeenAt == null || !reportedAt.isBefore(lastSeenAt))) {
            return reportedOnline;
        }
        return lastSeenAt != null && !lastSeenAt.isBefore(now.minus(ONLINE_WITHIN));
    }
}
