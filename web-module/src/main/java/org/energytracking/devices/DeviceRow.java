package org.energytracking.devices;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.energytracking.devices.entity.Device;
import org.energytracking.devices.entity.DeviceDetails;

/** A device as the list shows it: its details, its site's name and when it was last heard of, in its own zone. */
public record DeviceRow(String deviceId, String name, String type, String location, String timezone, Long siteId,
                        String siteName, Double counterMaxWh, ZonedDateTime lastSeen, boolean online,
                        String protocol, String keyMapping) implements Serializable {

    static DeviceRow of(Device device, Map<Long, String> siteNames, Instant now) {
        DeviceDetails details = device.details();
        return new DeviceRow(device.deviceId(), details.name(), details.type(), details.location(), details.timezone(),
                device.siteId(), siteNames.get(device.siteId()), details.counterMaxWh(),
                device.lastSeenAt().map(seen -> seen.atZone(device.zone())).orElse(null), device.isOnline(now),
                details.protocol().key(), details.keyMapping().text());
    }

    /** For the pages, which format times in the viewer's zone like every other page. */
    public Date seen() {
        return lastSeen == null ? null : Date.from(lastSeen.toInstant());
    }
}
