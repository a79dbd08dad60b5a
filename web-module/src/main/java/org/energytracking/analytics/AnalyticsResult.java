package org.energytracking.analytics;

import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.analytics.entity.PeriodTotals;
import org.energytracking.analytics.entity.WindowShare;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.portal.Charts.Series;
import org.energytracking.portal.Charts;
import org.energytracking.portal.Faces;

/**
 * What the analytics page shows for one choice, with the charts as Chart.js JSON. The trend's
 * previous period is laid beside the current one bucket by bucket, and what was exported to the grid below the
 * axis ({@code exports} aligned with {@code trend}; {@code exported} the period's, null without an export counter).
 */
public record AnalyticsResult(String name, ZoneId zone, PeriodPreset.Days days, Resolution resolution,
        ConsumptionAnalysis analysis, List<EnergyPoint> trend, List<EnergyPoint> before, List<DeviceTotal> ranking,
        List<ExportPoint> exports, ExportPoint exported) {

    /** One row of the weekday × hour table. */
    public record HeatRow(String day, List<BigDecimal> values) {
    }

    public PeriodTotals current() {
        return analysis.comparison().current();
    }

    public PeriodTotals previous() {
        return analysis.comparison().previous();
    }

    public String currency() {
        return analysis.currency() == null ? "" : analysis.currency();
    }

    /** To the watt-hour, as the rollups count. */
    public static BigDecimal kwh(BigDecimal wh) {
        return wh == null ? null : wh.movePointLeft(3).setScale(3, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal kwhOf(double wh) {
        return kwh(BigDecimal.valueOf(wh));
    }

    public List<String> trendLabels() {
        DateTimeFormatter format = resolution == Resolution.HOUR ? DateTimeFormatter.ofPattern("HH:mm")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale());
        return trend.stream().map(point -> point.bucket().localStart(zone).format(format)).toList();
    }

    public String trendEnergyJson() {
        List<Series> series = new ArrayList<>(List.of(
                new Series(text("series.current"), trend.stream().map(p -> kwh(p.displayEnergyWh())).toList(), 0),
                new Series(text("series.previous"), before.stream().map(p -> kwh(p.displayEnergyWh())).toList(), 1)));
        if (exported != null) {
            series.add(new Series(text("series.exported"), Charts.belowAxis(exports), Charts.EXPORT_COLOUR));
        }
        return Charts.bars(trendLabels(), "kWh", series);
    }

    /** The period's cost (with standing charges) minus the feed-in credit; null without a credit or a cost. */
    public BigDecimal netCost() {
        return exported == null ? null : exported.displayNetOf(current().cost(), analysis.currency());
    }

    public BigDecimal exportCredit() {
        return exported == null ? null : exported.displayCredit(analysis.currency());
    }

    public String trendCostJson() {
        return Charts.lines(trendLabels(), currency(), List.of(
                new Series(text("series.current"), trend.stream().map(EnergyPoint::displayCost).toList(), 2),
                new Series(text("series.previous"), before.stream().map(EnergyPoint::displayCost).toList(), 1)));
    }

    public String windowLabel(WindowShare share) {
        return share.window() == null ? text("window.none") : share.window();
    }

    public String sharesJson() {
        return Charts.doughnut(analysis.windowShares().stream().map(this::windowLabel).toList(),
                analysis.windowShares().stream().map(share -> kwh(share.energyWh())).toList());
    }

    public String profileJson() {
        List<String> hours = IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h)).toList();
        return Charts.bars(hours, "Wh", List.of(new Series(text("profile.series"), analysis.dailyProfile().averageWhByHour(), 0)));
    }

    public List<HeatRow> heatRows() {
        List<List<BigDecimal>> rows = analysis.heatMap().averageWhByWeekdayAndHour();
        return IntStream.range(0, rows.size()).mapToObj(i -> new HeatRow(
                DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, locale()), rows.get(i))).toList();
    }

    public HeatScale heatScale() {
        return HeatScale.of(analysis.heatMap().averageWhByWeekdayAndHour());
    }

    public List<Integer> hours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String text(String key) {
        return Faces.textIn("analytics", key);
    }
}
