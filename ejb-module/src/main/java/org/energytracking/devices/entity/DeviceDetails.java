package org.energytracking.devices.entity;

import org.energytracking.kernel.Problem;
import org.energytracking.kernel.Zones;

/**
 * What a user says about a device; the time zone decides its local days and hours (and reads the local
 * clock of a Tasmota), the counter width (null: unknown) tells a rollover from a reset, the protocol
 * which topics and payloads it speaks, the key mapping what its own telemetry keys mean.
 */
public record DeviceDetails(String name, String type, String location, String timezone, Double counterMaxWh,
                            DeviceProtocol protocol, KeyMapping keyMapping) {

    /** A native device without a key mapping. */
    public DeviceDetails(String name, String type, String location, String timezone, Double counterMaxWh) {
        this(name, type, location, timezone, counterMaxWh, DeviceProtocol.NATIVE, KeyMapping.NONE);
    }

    public DeviceDetails {
        if (name == null || name.isBlank()) {
            throw Problem.invalid("name", "name must not be blank");
        }
        timezone = Zones.nameOrUtc(timezone);
        if (counterMaxWh != null && !(counterMaxWh > 0 && counterMaxWh < 1e18)) {
            throw Problem.invalid("counter_max_wh", "counter_max_wh must be a positive number of Wh");
        }
        protocol = protocol == null ? DeviceProtocol.NATIVE : protocol;
        keyMapping = keyMapping == null ? KeyMapping.NONE : keyMapping;
    }
}
