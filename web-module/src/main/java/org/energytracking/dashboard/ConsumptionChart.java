package org.energytracking.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.portal.Charts;

/**
 * A period's kWh per bucket beside the previous period's, bucket by bucket (the first hour of today
 * beside the first hour of yesterday), and what the site exported to the grid below the axis (empty when no device
 * reports an export counter). Unknown energy stays a gap, not zero.
 */
record ConsumptionChart(List<String> labels, List<BigDecimal> currentKwh, List<BigDecimal> previousKwh, List<BigDecimal> exportedKwh) {

    static ConsumptionChart of(List<EnergyPoint> current, List<EnergyPoint> previous, List<ExportPoint> exports, Resolution resolution,
            ZoneId zone, Locale locale) {
        DateTimeFormatter format = resolution == Resolution.HOUR
                ? DateTimeFormatter.ofPattern("HH:mm", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> now = new ArrayList<>();
        List<BigDecimal> before = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            labels.add(current.get(i).bucket().localStart(zone).format(format));
            now.add(kwh(current.get(i)));
            before.add(i < previous.size() ? kwh(previous.get(i)) : null);
        }
        boolean exporting = exports.stream().anyMatch(Objects::nonNull);
        return new ConsumptionChart(labels, now, before, exporting ? Charts.belowAxis(exports) : List.of());
    }

    String json(String currentLabel, String previousLabel, String exportedLabel) {
        List<Charts.Series> series = new ArrayList<>(List.of(new Charts.Series(currentLabel, currentKwh, 0),
                new Charts.Series(previousLabel, previousKwh, 1)));
        if (exporting()) {
            series.add(new Charts.Series(exportedLabel, exportedKwh, Charts.EXPORT_COLOUR));
        }
        return Charts.bars(labels, "kWh", series);
    }

    /** A row per bucket: start, this period's kWh, the previous period's, and (when exporting) the kWh exported as a positive figure. */
    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(labels.get(i), cell(currentKwh.get(i)), cell(previousKwh.get(i))));
            if (exporting()) {
                row.add(cell(exportedKwh.get(i) == null ? null : exportedKwh.get(i).negate()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Whether the site reported any export in the period (then the chart and CSV carry it). */
    boolean exporting() {
        return !exportedKwh.isEmpty();
    }

    private static Object cell(BigDecimal kwh) {
        return kwh == null ? "" : kwh;
    }

    private static BigDecimal kwh(EnergyPoint point) {
        BigDecimal wh = point.displayEnergyWh();
        return wh == null ? null : wh.divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_EVEN);
    }
}
