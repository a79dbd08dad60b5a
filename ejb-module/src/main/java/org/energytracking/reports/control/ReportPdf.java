package org.energytracking.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.energytracking.analytics.entity.WindowShare;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.reports.entity.AlertLine;
import org.energytracking.reports.entity.DeviceRows;
import org.energytracking.reports.entity.ReportContent;
import org.energytracking.reports.entity.ReportWords;
import org.energytracking.reports.entity.Section;
import org.energytracking.reports.entity.TableRow;
import org.energytracking.reports.entity.Totals;

/**
 * The report as an A4 PDF: the site and period in each page's header, the chosen sections, page numbers at the foot;
 * numbers in the locale, words in its language.
 */
public final class ReportPdf {

    private static final float[] TWO = {0, 240};
    private static final float[] TABLE = {0, -200, -300, 330};
    private ReportPdf() {
    }

    public static byte[] of(ReportContent content, Locale locale) {
        ReportNumbers numbers = new ReportNumbers(locale);
        ReportWords words = numbers.words();
        String label = content.period().label(words);
        try (PdfPages pages = new PdfPages(content.siteName(), label, words)) {
            pages.text(words.get("pdf.title", content.name()), 18);
            pages.text(words.get("pdf.subtitle", content.siteName(), label, content.scope() == null ? words.get("allDevices") : content.scope(),
                    content.zone().getId()), 10);
            pages.gap(8);
            if (content.shows(Section.TOTALS)) {
                heading(pages, words.get("pdf.totals"));
                pages.row(List.of(words.get("pdf.energy"), numbers.kwh(content.totals().energyWh())), TWO, 11);
                pages.row(List.of(words.get("pdf.costWithStanding"), numbers.money(content.totals())), TWO, 11);
                BigDecimal perArea = content.totals().kwhPerM2(content.floorAreaM2());
                if (perArea != null) {
                    pages.row(List.of(words.get("pdf.perArea", numbers.area(content.floorAreaM2())), numbers.kwhPerM2(perArea)), TWO, 11);
                }
            }
            if (content.shows(Section.COMPARISON)) {
                heading(pages, words.get("pdf.comparison"));
                compared(pages, numbers, content.totals(), content.previous());
                compared(pages, numbers, content.totals(), content.yearBefore());
            }
            if (content.shows(Section.CHART)) {
                String previous = content.previous().period().label(words);
                heading(pages, words.get(content.period().byMonths() ? "pdf.chart.month" : "pdf.chart.day", previous));
                ReportChart chart = new ReportChart(content.table(), content.previousTable(),
                        words.get(content.period().byMonths() ? "pdf.chart.axis.month" : "pdf.chart.axis.day"), label, previous);
                pages.picture(ReportChart.HEIGHT, graphics -> chart.draw(graphics, pages.width(), numbers));
            }
            if (content.shows(Section.TABLE)) {
                table(pages, numbers, content);
            }
            if (content.shows(Section.TOP_DEVICES)) {
                heading(pages, words.get("pdf.topDevices"));
                for (DeviceTotal device : content.topDevices().stream().limit(10).toList()) {
                    pages.row(List.of(device.name(), numbers.kwh(BigDecimal.valueOf(device.energyWh())),
                            numbers.money(device.displayCost(), device.currency())), TABLE, 10);
                }
            }
            if (content.shows(Section.TIME_OF_USE)) {
                heading(pages, words.get("pdf.timeOfUse"));
                for (WindowShare window : content.windows()) {
                    pages.row(List.of(window.window() == null ? words.get("noTariff") : window.window(), numbers.kwh(window.energyWh()),
                            numbers.money(window.cost(), content.totals().currency()),
                            window.sharePercent() == null ? "" : numbers.percent(window.sharePercent())), TABLE, 10);
                }
            }
            if (content.shows(Section.PEAK_BASE)) {
                heading(pages, words.get("pdf.peakBase"));
                pages.row(List.of(words.get("pdf.peak"), content.peak() == null ? words.get("unknown")
                        : words.get("pdf.peakAt", numbers.watts(content.peak().powerW()), words.dates("pdf.peakAt.format").format(content.peak().at()))),
                        TWO, 10);
                pages.row(List.of(words.get("pdf.base"), numbers.watts(content.baseLoadW())), TWO, 10);
            }
            if (content.shows(Section.COMPLETENESS)) {
                completeness(pages, numbers, words, content);
            }
            if (content.shows(Section.ALERTS)) {
                heading(pages, words.get("pdf.alerts"));
                if (content.alerts().isEmpty()) {
                    pages.text(words.get("pdf.none"), 10);
                }
                for (AlertLine alert : content.alerts()) {
                    pages.row(List.of(words.dates("pdf.peakAt.format").format(alert.openedAt()), alert.severity(), alert.headline() + " (" + alert.state() + ")"),
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
        pages.row(List.of(before.period().label(numbers.words()), before.energyWh() == null ? numbers.words().get("noData")
                : numbers.kwh(before.energyWh()) + ", " + numbers.money(before) + change), TWO, 10);
    }

    private static void table(PdfPages pages, ReportNumbers numbers, ReportContent content) {
        ReportWords words = numbers.words();
        boolean months = content.period().byMonths();
        heading(pages, words.get(months ? "pdf.months" : "pdf.days"));
        pages.row(List.of(words.get(months ? "pdf.month" : "pdf.day"), words.get("pdf.energy"), words.get("pdf.cost"), words.get("pdf.complete")),
                TABLE, 10);
        for (TableRow row : content.table()) {
            String day = content.period().byMonths() ? row.day().toString().substring(0, 7) : row.day().toString();
            pages.row(List.of(day, row.energyWh() == null ? words.get("unknown") : numbers.kwh(BigDecimal.valueOf(row.energyWh())),
                    numbers.money(row.cost(), row.currency()), words.get(row.complete() ? "pdf.yes" : "pdf.no")), TABLE, 9);
        }
    }

    private static void completeness(PdfPages pages, ReportNumbers numbers, ReportWords words, ReportContent content) {
        heading(pages, words.get("pdf.completeness"));
        pages.row(List.of(words.get("pdf.known"), content.completeness() == null ? words.get("unknown")
                : numbers.percent(content.completeness())), TWO, 10);
        List<DeviceRows> gaps = content.devices().stream().filter(device -> device.incompleteRows() > 0).toList();
        boolean months = content.period().byMonths();
        if (gaps.isEmpty()) {
            pages.text(words.get(months ? "pdf.allComplete.month" : "pdf.allComplete.day"), 10);
        }
        for (DeviceRows device : gaps) {
            pages.row(List.of(device.name(), words.get(months ? "pdf.gaps.month" : "pdf.gaps.day", Long.toString(device.incompleteRows()),
                    Integer.toString(device.rows().size()))), TWO, 10);
        }
    }
}
