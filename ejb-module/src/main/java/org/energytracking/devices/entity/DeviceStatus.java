package org.energytracking.devices.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How a device is doing now: when the platform last stored a reading of it and that reading's power.
 *
 * @param latestAt    time of the latest reading (the device's clock), null without readings
 * @param latestPowerW power of the latest reading, null when it reported none
 */
public record DeviceStatus(long rowId, String deviceId, String name, String type, ZoneId zone, Instant lastSeenAt,
                           Instant latestAt, Double latestPowerW) {

    /** A device that has not delivered for this long counts as offline. */
    public static final Duration ONLINE_WITHIN = Duration.ofMinutes(5);

    public boolean online(Instant now) {
        return lastSeenAt != null && !lastSeenAt.isBefore(now.minus(ONLINE_WITHIN));
    }
}
