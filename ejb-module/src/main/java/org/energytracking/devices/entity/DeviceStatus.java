package org.energytracking.devices.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How a device is doing now: when the platform last stored a reading of it and that reading's power.
 *
 * @param latestAt         time of the latest reading (the device's clock), null without readings
 * @param latestPowerW     power of the latest reading, null when it reported none
 * @param reportedOnline   what the device last said of its availability (LWT, online topic), null if never
 * @param reportedOnlineAt when it said so
 */
public record DeviceStatus(long rowId, String deviceId, String name, String type, ZoneId zone, Instant lastSeenAt,
                           Instant latestAt, Double latestPowerW, Boolean reportedOnline, Instant reportedOnlineAt) {

    /** A device that has not delivered for this long counts as offline. */
    public static final Duration ONLINE_WITHIN = Availability.ONLINE_WITHIN;

    /** A device that never reported its availability itself. */
    public DeviceStatus(long rowId, String deviceId, String name, String type, ZoneId zone, Instant lastSeenAt,
                        Instant latestAt, Double latestPowerW) {
        this(rowId, deviceId, name, type, zone, lastSeenAt, latestAt, latestPowerW, null, null);
    }

    public boolean online(Instant now) {
        return Availability.online(lastSeenAt, reportedOnline, reportedOnlineAt, now);
    }
}
