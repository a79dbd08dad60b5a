package org.energytracking.devices;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.energytracking.metering.entity.EnergyPoint;

/** One bucket of a device's history in its own zone: kWh, cost and mean power; incomplete while readings are missing. */
public record HistoryRow(ZonedDateTime start, BigDecimal energyKwh, BigDecimal cost, Double powerAvgW, boolean complete)
        implements Serializable {

    static HistoryRow of(EnergyPoint point, ZoneId zone) {
        BigDecimal wh = point.displayEnergyWh();
        return new HistoryRow(point.bucket().localStart(zone), wh == null ? null : wh.movePointLeft(3), point.displayCost(),
                point.powerAvgW(), point.complete());
    }
}
