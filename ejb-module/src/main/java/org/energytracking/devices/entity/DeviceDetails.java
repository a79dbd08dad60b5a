package org.energytracking.devices.entity;

import org.energytracking.kernel.Problem;
import org.energytracking.kernel.Zones;

/**
 * What a user says about a device; the time zone decides its local days and hours, the counter
 * width (null: unknown) tells a rollover from a reset.
 */
public record DeviceDetails(String name, String type, String location, String timezone, Double counterMaxWh) {

    public DeviceDetails {
        if (name == null || name.isBlank()) {
            throw Problem.invalid("name", "name must not be blank");
        }
        timezone = Zones.nameOrUtc(timezone);
        if (counterMaxWh != null && !(counterMaxWh > 0 && counterMaxWh < 1e18)) {
            throw Problem.invalid("counter_max_wh", "counter_max_wh must be a positive number of Wh");
        }
    }
}
