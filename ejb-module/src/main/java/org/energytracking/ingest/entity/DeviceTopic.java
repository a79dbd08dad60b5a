package org.energytracking.ingest.entity;

import org.energytracking.devices.entity.Device;

/**
 * The broker address of a device's readings: MQTT {@code devices/{deviceId}/readings} arrives in
 * Artemis as {@code devices.{deviceId}.readings}; a '.' inside an MQTT topic level arrives escaped as "\.".
 */
public final class DeviceTopic {

    private static final String PREFIX = "devices.";
    private static final String SUFFIX = ".readings";

    private DeviceTopic() {
    }

    /** The device id in the address, or null when the address is not a readings topic. */
    public static String deviceIdOf(String address) {
        if (address == null || !address.startsWith(PREFIX) || !address.endsWith(SUFFIX)
                || address.length() <= PREFIX.length() + SUFFIX.length()) {
            return null;
        }
        String id = address.substring(PREFIX.length(), address.length() - SUFFIX.length());
        return Device.isValidId(id) ? id : null;
    }

    /** The MQTT topic people know, for messages and the rejected_message table. */
    public static String mqttTopicOf(String address) {
        if (address == null) {
            return null;
        }
        StringBuilder topic = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '\\' && i + 1 < address.length() && address.charAt(i + 1) == '.') {
                topic.append('.');
                i++;
            } else {
                topic.append(c == '.' ? '/' : c);
            }
        }
        return topic.toString();
    }
}
