package org.energytracking.devices.entity;

import org.energytracking.problems.Problem;
import org.energytracking.time.Zones;

/** What a user says about a device; the time zone decides its local days and hours. */
public record DeviceDetails(String name, String type, String location, String timezone) {

    public DeviceDetails {
        if (name == null || name.isBlank()) {
            throw Problem.invalid("name", "name must not be blank");
        }
        timezone = Zones.nameOrUtc(timezone);
    }
}
