package org.energytracking.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.energytracking.analytics.entity.WindowShare;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.reports.entity.AlertLine;
import org.energytracking.reports.entity.DeviceRows;
import org.energytracking.reports.entity.ReportContent;
import org.energytracking.reports.entity.Section;
import org.energytracking.reports.entity.TableRow;
import org.energytracking.reports.entity.Totals;

/** The report as an A4 PDF: the site and period in each page's header, the chosen sections, page numbers at the foot. */
public final class ReportPdf {

    private static final float[] TWO = {0, 240};
    private static final float[] TABLE = {0, -200, -300, 330};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private ReportPdf() {
    }

    public static byte[] of(ReportContent content, Locale locale) {
        ReportNumbers numbers = new ReportNumbers(locale);
        try (PdfPages pages = new PdfPages(content.siteName(), content.period().label())) {
            pages.text("Energy report: " + content.name(), 18);
            pages.text(content.siteName() + " · " + content.period().label() + " · " + content.scope() + " · times in " + content.zone().getId(), 10);
            pages.gap(8);
            if (content.shows(Section.TOTALS)) {
                heading(pages, "Totals");
                pages.row(List.of("Energy", numbers.kwh(content.totals().energyWh())), TWO, 11);
                pages.row(List.of("Cost (energy and standing charges)", numbers.money(content.totals())), TWO, 11);
            }
            if (content.shows(Section.COMPARISON)) {
                heading(pages, "Comparison");
                compared(pages, numbers, content.totals(), content.previous());
                compared(pages, numbers, content.totals(), content.yearBefore());
            }
            if (content.shows(Section.CHART)) {
                heading(pages, "By " + (content.period().byMonths() ? "month" : "day") + ", against " + content.previous().period().label());
                ReportChart chart = new ReportChart(content.table(), content.previousTable(), content.period().byMonths(),
                        content.period().label(), content.previous().period().label());
                pages.drawing(ReportChart.HEIGHT, canvas -> chart.draw(canvas, pages.width(), numbers));
            }
            if (content.shows(Section.TABLE)) {
                table(pages, numbers, content);
            }
            if (content.shows(Section.TOP_DEVICES)) {
                heading(pages, "Top devices");
                for (DeviceTotal device : content.topDevices().stream().limit(10).toList()) {
                    pages.row(List.of(device.name(), numbers.kwh(BigDecimal.valueOf(device.energyWh())),
                            numbers.money(device.displayCost(), device.currency())), TABLE, 10);
                }
            }
            if (content.shows(Section.TIME_OF_USE)) {
                heading(pages, "Cost per time-of-use window (energy only)");
                for (WindowShare window : content.windows()) {
                    pages.row(List.of(window.window() == null ? "no tariff" : window.window(), numbers.kwh(window.energyWh()),
                            numbers.money(window.cost(), content.totals().currency()),
                            window.sharePercent() == null ? "" : numbers.percent(window.sharePercent())), TABLE, 10);
                }
            }
            if (content.shows(Section.PEAK_BASE)) {
                heading(pages, "Peak demand and base load");
                pages.row(List.of("Peak demand (highest 15-minute average)", content.peak() == null ? "unknown"
                        : numbers.watts(content.peak().powerW()) + " on " + WHEN.format(content.peak().at())), TWO, 10);
                pages.row(List.of("Base load (10th percentile, 00:00–05:00)", numbers.watts(content.baseLoadW())), TWO, 10);
            }
            if (content.shows(Section.COMPLETENESS)) {
                completeness(pages, numbers, content);
            }
            if (content.shows(Section.ALERTS)) {
                heading(pages, "Alerts of the period");
                if (content.alerts().isEmpty()) {
                    pages.text("None.", 10);
                }
                for (AlertLine alert : content.alerts()) {
                    pages.row(List.of(WHEN.format(alert.openedAt()), alert.severity(), alert.headline() + " (" + alert.state() + ")"),
                            new float[] {0, 80, 140}, 10);
                }
            }
            return pages.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(PdfPages pages, String title) {
        pages.room(60);
        pages.gap(8);
        pages.text(title, 13);
        pages.rule();
    }

    private static void compared(PdfPages pages, ReportNumbers numbers, Totals now, Totals before) {
        String change = now.energyChangePercent(before) == null ? "" : " (" + numbers.signedPercent(now.energyChangePercent(before)) + ")";
        pages.row(List.of(before.period().label(), before.energyWh() == null ? "no data"
                : numbers.kwh(before.energyWh()) + ", " + numbers.money(before) + change), TWO, 10);
    }

    private static void table(PdfPages pages, ReportNumbers numbers, ReportContent content) {
        heading(pages, content.period().byMonths() ? "Months" : "Days");
        pages.row(List.of(content.period().byMonths() ? "Month" : "Day", "Energy", "Cost", "Complete"), TABLE, 10);
        for (TableRow row : content.table()) {
            String day = content.period().byMonths() ? row.day().toString().substring(0, 7) : row.day().toString();
            pages.row(List.of(day, row.energyWh() == null ? "unknown" : numbers.kwh(BigDecimal.valueOf(row.energyWh())),
                    numbers.money(row.cost(), row.currency()), row.complete() ? "yes" : "no"), TABLE, 9);
        }
    }

    private static void completeness(PdfPages pages, ReportNumbers numbers, ReportContent content) {
        heading(pages, "Data completeness");
        pages.row(List.of("Quarter hours with known energy", content.completeness() == null ? "unknown"
                : numbers.percent(content.completeness())), TWO, 10);
        List<DeviceRows> gaps = content.devices().stream().filter(device -> device.incompleteRows() > 0).toList();
        if (gaps.isEmpty()) {
            pages.text("Every device is complete on every " + (content.period().byMonths() ? "month." : "day."), 10);
        }
        for (DeviceRows device : gaps) {
            pages.row(List.of(device.name(), device.incompleteRows() + " of " + device.rows().size()
                    + (content.period().byMonths() ? " months" : " days") + " with gaps (energy there unknown)"), TWO, 10);
        }
    }
}
