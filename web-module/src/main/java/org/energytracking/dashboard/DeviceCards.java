package org.energytracking.dashboard;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.energytracking.devices.entity.DeviceStatus;

/** A site's devices as they are now, one card each; readings that arrive later update the cards in the browser. */
public record DeviceCards(ZoneId zone, List<DeviceStatus> devices) {

    static final List<String> CSV_HEADER = List.of("csv.device", "csv.name", "csv.status", "csv.lastSeen", "csv.powerW");

    public boolean online(DeviceStatus device) {
        return device.online(Instant.now());
    }

    public LocalDateTime local(Instant instant) {
        return Kpis.local(instant, zone);
    }

    public String zoneId() {
        return zone.getId();
    }

    /** One row per device for the CSV download, texts (such as the status) through {@code text}. */
    List<List<Object>> rows(Instant now, UnaryOperator<String> text) {
        return devices.stream().map(device -> List.<Object>of(device.deviceId(), device.name(),
                text.apply(device.online(now) ? "status.online" : "status.offline"),
                device.lastSeenAt() == null ? "" : device.lastSeenAt().toString(),
                device.latestPowerW() == null ? "" : device.latestPowerW())).toList();
    }
}
