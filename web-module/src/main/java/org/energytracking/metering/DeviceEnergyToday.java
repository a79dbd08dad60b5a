package org.energytracking.metering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;

/** A device's day so far for its page: imported energy and cost, exported energy, feed-in credit and net cost. */
@Named
@RequestScoped
public class DeviceEnergyToday {

    @Inject
    Energy energy;

    private final Map<String, EnergyResponse> days = new HashMap<>();

    public EnergyResponse of(String deviceId) {
        return days.computeIfAbsent(deviceId, this::today);
    }

    private EnergyResponse today(String deviceId) {
        Metered metered = energy.device(deviceId);
        ZoneId zone = metered.zone();
        LocalDate today = LocalDate.now(zone);
        var from = today.atStartOfDay(zone).toInstant();
        var to = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<ExportPoint> exports = energy.exports(deviceId, from, to, Resolution.DAY);
        return EnergyResponse.of(energy.energy(metered, from, to, Resolution.DAY).get(0), exports.isEmpty() ? null : exports.get(0), zone);
    }
}
