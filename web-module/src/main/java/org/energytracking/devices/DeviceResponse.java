package org.energytracking.devices;

import java.time.Instant;
import org.energytracking.devices.entity.Device;
import org.energytracking.ingest.ReadingResponse;

public record DeviceResponse(String deviceId, String name, String type, String location, String timezone,
                             Instant createdAt, Instant updatedAt, Instant lastSeenAt, ReadingResponse latestReading) {

    public static DeviceResponse of(Device device, ReadingResponse latest) {
        var details = device.details();
        return new DeviceResponse(device.deviceId(), details.name(), details.type(), details.location(),
                details.timezone(), device.createdAt(), device.updatedAt(), device.lastSeenAt().orElse(null), latest);
    }
}
