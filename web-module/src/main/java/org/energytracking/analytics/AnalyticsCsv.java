package org.energytracking.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.portal.CsvDownload;

/** The data behind each of the analytics page's charts and tables, as CSV files named after the subject and period. */
final class AnalyticsCsv {

    private AnalyticsCsv() {
    }

    static void trend(AnalyticsResult result) {
        List<List<Object>> rows = IntStream.range(0, result.trend().size()).mapToObj(i -> {
            EnergyPoint now = result.trend().get(i);
            EnergyPoint before = i < result.before().size() ? result.before().get(i) : null;
            List<Object> row = new ArrayList<>(List.of(now.bucket().localStart(result.zone()).toLocalDateTime().toString()));
            row.add(AnalyticsResult.kwh(now.displayEnergyWh()));
            row.add(now.displayCost());
            row.add(before == null ? null : before.bucket().localStart(result.zone()).toLocalDateTime().toString());
            row.add(before == null ? null : AnalyticsResult.kwh(before.displayEnergyWh()));
            row.add(before == null ? null : before.displayCost());
            ExportPoint export = i < result.exports().size() ? result.exports().get(i) : null;
            row.add(export == null ? null : export.displayExportKwh());
            row.add(export == null ? null : export.displayCredit(now.currency()));
            row.add(export == null ? null : export.displayNetOf(now.cost(), now.currency()));
            return row;
        }).toList();
        CsvDownload.send(name(result, "trend"), List.of("start", "energy_kwh", "cost", "previous_start", "previous_energy_kwh",
                "previous_cost", "export_kwh", "export_credit", "net_cost"), rows);
    }

    static void shares(AnalyticsResult result) {
        CsvDownload.send(name(result, "windows"), List.of("window", "energy_kwh", "cost", "share_percent"),
                result.analysis().windowShares().stream().map(share -> List.of(result.windowLabel(share),
                        AnalyticsResult.kwh(share.energyWh()), nullable(share.cost()), nullable(share.sharePercent()))).toList());
    }

    static void profile(AnalyticsResult result) {
        List<?> averages = result.analysis().dailyProfile().averageWhByHour();
        CsvDownload.send(name(result, "daily-profile"), List.of("hour", "average_wh"),
                IntStream.range(0, 24).mapToObj(h -> List.of(h, nullable(averages.get(h)))).toList());
    }

    static void heatMap(AnalyticsResult result) {
        List<String> header = new ArrayList<>(List.of("weekday"));
        IntStream.range(0, 24).forEach(h -> header.add("h" + h + "_wh"));
        CsvDownload.send(name(result, "heat-map"), header, result.heatRows().stream().map(row -> {
            List<Object> cells = new ArrayList<>(List.of(row.day()));
            cells.addAll(row.values());
            return cells;
        }).toList());
    }

    static void ranking(AnalyticsResult result) {
        CsvDownload.send(name(result, "devices"), List.of("device_id", "name", "energy_kwh", "cost", "currency"),
                result.ranking().stream().map(total -> List.of(total.deviceId(), total.name(),
                        AnalyticsResult.kwhOf(total.energyWh()), nullable(total.displayCost()), nullable(total.currency()))).toList());
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static String name(AnalyticsResult result, String part) {
        return result.name() + "-" + part + "-" + result.days().from() + "-" + result.days().lastDay() + ".csv";
    }
}
