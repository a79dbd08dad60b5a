package org.energytracking.reports.entity;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.energytracking.analytics.entity.PeakDemand;
import org.energytracking.analytics.entity.WindowShare;
import org.energytracking.metering.entity.DeviceTotal;

/**
 * Everything a report shows, worked out from the rollups before any file is written; the PDF and CSV writers
 * only lay it out.
 *
 * @param name             the definition's name (a custom report: the site's)
 * @param scope            "all devices" or the chosen devices' names
 * @param table            the site's (or chosen devices') days, or months for a year
 * @param previousTable    the same of the previous period, for the chart
 * @param yearBefore       null when nothing of it is known
 * @param completeness     share of the period's quarter hours with known energy, percent
 * @param topDevices       the devices by energy over the period's local days in the site's zone, most first
 */
public record ReportContent(String name, String siteName, String scope, ReportPeriod period, ZoneId zone, List<Section> sections,
                            Totals totals, Totals previous, Totals yearBefore, List<TableRow> table,
                            List<TableRow> previousTable, List<DeviceRows> devices, List<DeviceTotal> topDevices,
                            List<WindowShare> windows, PeakDemand peak, BigDecimal baseLoadW,
                            BigDecimal completeness, List<AlertLine> alerts) {

    public boolean shows(Section section) {
        return sections.contains(section);
    }

    /** The email's body figures: "Energy 412.345 kWh, cost 98.76 EUR, +3.1 % against October 2026". */
    public String summary() {
        StringBuilder text = new StringBuilder("Energy ").append(totals.energyKwh() == null ? "unknown" : totals.energyKwh().toPlainString() + " kWh");
        if (totals.cost() != null) {
            text.append(", cost ").append(totals.cost().toPlainString()).append(' ').append(totals.currency());
        }
        BigDecimal change = totals.energyChangePercent(previous);
        if (change != null) {
            text.append(", ").append(change.signum() > 0 ? "+" : "").append(change.toPlainString()).append(" % against ")
                    .append(previous.period().label());
        }
        return text.toString();
    }
}
