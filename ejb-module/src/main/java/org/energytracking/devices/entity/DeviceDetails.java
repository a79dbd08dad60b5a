package org.energytracking.devices.entity;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.energytracking.problems.Problem;

/** What a user says about a device; the time zone decides its local days and hours. */
public record DeviceDetails(String name, String type, String location, String timezone) {

    public DeviceDetails {
        if (name == null || name.isBlank()) {
            throw Problem.invalid("name", "name must not be blank");
        }
        timezone = timezone == null || timezone.isBlank() ? "UTC" : timezone.trim();
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw Problem.invalid("timezone", "unknown time zone '" + timezone + "' (use an IANA name such as Europe/Berlin)");
        }
    }
}
