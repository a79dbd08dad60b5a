package org.energytracking.devices;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;

/**
 * One bucket of a device's history in its own zone: kWh, cost and mean power; incomplete while readings are missing;
 * the kWh exported to the grid, the feed-in credit and the cost net of it (null when the device reports no export).
 */
public record HistoryRow(ZonedDateTime start, BigDecimal energyKwh, BigDecimal cost, Double powerAvgW, boolean complete,
                         BigDecimal exportKwh, BigDecimal exportCredit, BigDecimal netCost) implements Serializable {

    static HistoryRow of(EnergyPoint point, ExportPoint export, ZoneId zone) {
        BigDecimal wh = point.displayEnergyWh();
        BigDecimal kwh = wh == null ? null : wh.movePointLeft(3).setScale(3, RoundingMode.HALF_EVEN);
        return new HistoryRow(point.bucket().localStart(zone), kwh, point.displayCost(), point.powerAvgW(), point.complete(),
                export == null ? null : export.displayExportKwh(),
                export == null ? null : export.displayCredit(point.currency()),
                export == null ? null : export.displayNetOf(point.cost(), point.currency()));
    }
}
