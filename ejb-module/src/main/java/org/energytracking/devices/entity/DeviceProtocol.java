package org.energytracking.devices.entity;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The MQTT topics and payloads a device speaks: our own, or a vendor's firmware as it ships. */
public enum DeviceProtocol {
    NATIVE("native"),
    TASMOTA("tasmota"),
    SHELLY_GEN1("shelly-gen1"),
    SHELLY_GEN2("shelly-gen2"),
    THINGSBOARD("thingsboard");

    /** The keys, for messages that list the choices. */
    public static final String KEYS = Stream.of(values()).map(DeviceProtocol::key).collect(Collectors.joining(", "));

    private final String key;

    DeviceProtocol(String key) {
        this.key = key;
    }

    /**
     * Whether a device's further numbered channels ({@code 1}, {@code export1}) meter circuits of their own that its
     * site's totals add: a Shelly's second relay or emeter. Tasmota's numbered channels are phases of its own total.
     */
    public boolean addsToSite(String channel) {
        return (this == SHELLY_GEN1 || this == SHELLY_GEN2) && channel.matches("(export)?[0-9]+");
    }

    public String key() {
        return key;
    }

    public static Optional<DeviceProtocol> byKey(String key) {
        return Stream.of(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
