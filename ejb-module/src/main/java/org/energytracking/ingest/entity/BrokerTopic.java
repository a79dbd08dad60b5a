package org.energytracking.ingest.entity;

import java.util.Arrays;
import java.util.List;
import org.energytracking.devices.entity.Device;
import org.energytracking.devices.entity.DeviceProtocol;

/**
 * Which family's topic a message came on, for which device, and the levels after the device id:
 * {@code devices/{id}/readings} (native), {@code tele/{id}/SENSOR} (Tasmota), {@code shellies/{id}/relay/0/power}
 * (Shelly Gen1), {@code {id}/status/switch:0}, {@code {id}/events/rpc}, {@code {id}/online} (Shelly Gen2) and
 * {@code v1/devices/me/telemetry} (ThingsBoard), whose device is the broker's authenticated publisher.
 */
public record BrokerTopic(DeviceProtocol family, String deviceId, List<String> rest) {

    /** First topic levels that are another family's, never a Shelly Gen2 device id. */
    static final List<String> RESERVED = List.of("devices", "tele", "stat", "cmnd", "shellies", "v1");
    private static final String THINGSBOARD_TELEMETRY = "v1/devices/me/telemetry";

    public BrokerTopic {
        rest = List.copyOf(rest);
    }

    /** The topic, or null when no family publishes on it or its device id is not a valid one. */
    public static BrokerTopic of(String mqttTopic, String publisher) {
        if (mqttTopic == null) {
            return null;
        }
        if (mqttTopic.equals(THINGSBOARD_TELEMETRY)) {
            return valid(DeviceProtocol.THINGSBOARD, publisher, List.of());
        }
        List<String> levels = Arrays.asList(mqttTopic.split("/", -1));
        if (levels.size() < 2) {
            return null;
        }
        String first = levels.get(0);
        List<String> afterId = levels.subList(2, levels.size());
        return switch (first) {
            case "devices" -> levels.size() == 3 && levels.get(2).equals("readings") ? valid(DeviceProtocol.NATIVE, levels.get(1), afterId) : null;
            case "tele" -> levels.size() == 3 ? valid(DeviceProtocol.TASMOTA, levels.get(1), afterId) : null;
            case "shellies" -> levels.size() >= 3 ? valid(DeviceProtocol.SHELLY_GEN1, levels.get(1), afterId)
                    : levels.get(1).equals("announce") ? new BrokerTopic(DeviceProtocol.SHELLY_GEN1, null, List.of("announce")) : null;
            default -> RESERVED.contains(first) ? null
                    : valid(DeviceProtocol.SHELLY_GEN2, first, levels.subList(1, levels.size()));
        };
    }

    private static BrokerTopic valid(DeviceProtocol family, String deviceId, List<String> rest) {
        return Device.isValidId(deviceId) ? new BrokerTopic(family, deviceId, rest) : null;
    }

    /** The level after the device id, or "" when there is none. */
    public String level(int index) {
        return index < rest.size() ? rest.get(index) : "";
    }
}
