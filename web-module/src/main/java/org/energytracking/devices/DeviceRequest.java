package org.energytracking.devices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.energytracking.devices.entity.DeviceDetails;
import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.devices.entity.KeyMapping;

/**
 * The body of POST and PUT /api/v1/devices; on PUT, device_id may be left out (the path names it).
 * Without site_id, a new device goes to the caller's personal site; without protocol it is native.
 */
public record DeviceRequest(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, '-' or '_'") String deviceId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String type,
        @Size(max = 200) String location,
        @Size(max = 64) String timezone,
        @Positive Long siteId,
        @Positive Double counterMaxWh,
        @Pattern(regexp = "native|tasmota|shelly-gen1|shelly-gen2|thingsboard",
                message = "must be one of native, tasmota, shelly-gen1, shelly-gen2, thingsboard") String protocol,
        @Size(max = 1000) String keyMapping) {

    public DeviceDetails details() {
        return new DeviceDetails(name, type, location, timezone, counterMaxWh,
                DeviceProtocol.byKey(protocol).orElse(DeviceProtocol.NATIVE), KeyMapping.parse(keyMapping));
    }
}
