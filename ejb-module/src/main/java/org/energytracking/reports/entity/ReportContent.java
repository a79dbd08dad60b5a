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
 * @param scope            the chosen devices' names; null: all devices
 * @param table            the site's (or chosen devices') days, or months for a year
 * @param previousTable    the same of the previous period, for the chart
 * @param yearBefore       null when nothing of it is known
 * @param completeness     share of the period's quarter hours with known energy, percent
 * @param topDevices       the devices by energy over the period's local days in the site's zone, most first
 * @param floorAreaM2      the site's floor area; null when unknown or for chosen devices
 */
public record ReportContent(String name, String siteName, String scope, ReportPeriod period, ZoneId zone, List<Section> sections,
                            Totals totals, Totals previous, Totals yearBefore, List<TableRow> table,
                            List<TableRow> previousTable, List<DeviceRows> devices, List<DeviceTotal> topDevices,
                            List<WindowShare> windows, PeakDemand peak, BigDecimal baseLoadW,
                            BigDecimal completeness, List<AlertLine> alerts, BigDecimal floorAreaM2) {

    public boolean shows(Section section) {
        return sections.contains(section);
    }

    /** The email's body figures: "Energy 412.345 kWh, cost 98.76 EUR, +3.1 % against October 2026". */
    public String summary() {
        return summary(ReportWords.ENGLISH);
    }

    /** {@link #summary()} in the words' language: "Energie 412,345 kWh, Kosten 98,76 EUR, +3,1 % gegenüber Oktober 2026". */
    public String summary(ReportWords words) {
        StringBuilder text = new StringBuilder(words.get("summary.energy",
                totals.energyKwh() == null ? words.get("unknown") : words.figure(totals.energyKwh()) + " kWh"));
        if (totals.cost() != null) {
            text.append(words.get("summary.cost", words.figure(totals.cost()) + " " + totals.currency()));
        }
        BigDecimal change = totals.energyChangePercent(previous);
        if (change != null) {
            text.append(words.get("summary.change", (change.signum() > 0 ? "+" : "") + words.figure(change) + " %", previous.period().label(words)));
        }
        return text.toString();
    }
}
