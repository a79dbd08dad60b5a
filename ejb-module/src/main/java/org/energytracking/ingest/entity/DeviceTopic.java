package org.energytracking.ingest.entity;

/**
 * The broker address of a device's readings: MQTT {@code devices/{deviceId}/readings} arrives in
 * Artemis as {@code devices.{deviceId}.readings}.
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
        return id.indexOf('.') >= 0 ? null : id;
    }

    /** The MQTT topic people know, for messages and the rejected_message table. */
    public static String mqttTopicOf(String address) {
        return address == null ? null : address.replace('.', '/');
    }
}
