package org.energytracking.devices.entity;

import java.time.ZoneId;

/** What the ingest path needs to know of a device to read its messages: its row, protocol, zone and key mapping. */
public record DeviceRoute(long rowId, DeviceProtocol protocol, ZoneId zone, KeyMapping keyMapping) {

    public static DeviceRoute of(Device device) {
        DeviceDetails details = device.details();
        return new DeviceRoute(device.id(), details.protocol(), device.zone(), details.keyMapping());
    }
}
