package org.energytracking.metering;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;

/**
 * One bucket of an energy query. Times carry the local offset ({@code 2026-03-29T00:00:00+01:00});
 * a bucket without data has null energy, cost and power, and is not complete.
 */
@JsonbNillable
public record EnergyResponse(String start, String end, BigDecimal energyWh, BigDecimal cost, String currency,
                             Double powerAvgW, Double powerMaxW, boolean complete, BigDecimal exportWh,
                             BigDecimal exportCredit, BigDecimal netCost) {

    static final DateTimeFormatter LOCAL_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    static EnergyResponse of(EnergyPoint point, ZoneId zone) {
        return of(point, null, zone);
    }

    /** With what the device exported in the bucket (null: it reports no export): its credit, and cost minus credit. */
    static EnergyResponse of(EnergyPoint point, ExportPoint export, ZoneId zone) {
        Double average = point.powerAvgW();
        return new EnergyResponse(point.bucket().start().atZone(zone).format(LOCAL_WITH_OFFSET),
                point.bucket().end().atZone(zone).format(LOCAL_WITH_OFFSET), point.displayEnergyWh(), point.displayCost(),
                point.currency(), average == null ? null : Math.round(average * 1000) / 1000d, point.powerMaxW(),
                point.complete(), export == null ? null : export.displayExportWh(),
                export == null ? null : export.displayCredit(point.currency()),
                export == null ? null : export.displayNetOf(point.cost(), point.currency()));
    }
}
