package org.energytracking.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.energytracking.analytics.entity.PeakDemand;
import org.energytracking.analytics.entity.WindowShare;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.reports.entity.AlertLine;
import org.energytracking.reports.entity.Cadence;
import org.energytracking.reports.entity.DeviceRows;
import org.energytracking.reports.entity.ReportContent;
import org.energytracking.reports.entity.ReportPeriod;
import org.energytracking.reports.entity.Section;
import org.energytracking.reports.entity.TableRow;
import org.energytracking.reports.entity.Totals;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

    private static final ReportPeriod NOVEMBER = ReportPeriod.parse(Cadence.MONTHLY, "2026-11");

    /** 30 days of 1,500.25 Wh at 0.45 EUR each (0.30 energy, 0.15 standing), one device complete, one with a gap. */
    static ReportContent november() {
        List<TableRow> days = new ArrayList<>();
        List<TableRow> kettle = new ArrayList<>();
        List<TableRow> fridge = new ArrayList<>();
        for (LocalDate day = NOVEMBER.first(); day.isBefore(NOVEMBER.end()); day = day.plusDays(1)) {
            days.add(new TableRow(day, 1500.25, new BigDecimal("0.45"), "EUR", 2000.0, true));
            kettle.add(new TableRow(day, 1000.25, new BigDecimal("0.20"), "EUR", 2000.0, true));
            fridge.add(new TableRow(day, 500.0, new BigDecimal("0.10"), "EUR", 90.0, day.getDayOfMonth() != 7));
        }
        List<TableRow> october = days.stream().map(row -> new TableRow(row.day().minusMonths(1), 1000.0, new BigDecimal("0.30"), "EUR", 10.0, true)).toList();
        return new ReportContent("Monthly =home", "Home =1+1", "all devices", NOVEMBER, ZoneId.of("Europe/Berlin"), Arrays.asList(Section.values()),
                Totals.of(NOVEMBER, days), Totals.of(NOVEMBER.previous(), october), Totals.of(NOVEMBER.yearBefore(), List.of()),
                days, october, List.of(new DeviceRows("kettle", "=Kettle", kettle), new DeviceRows("fridge", "Fridge, cold", fridge)),
                List.of(new DeviceTotal("kettle", "=Kettle", 30007.5, new BigDecimal("6.00"), "EUR")),
                List.of(new WindowShare("peak", new BigDecimal("45007.500"), new BigDecimal("9.00"), new BigDecimal("100.0"))),
                new PeakDemand(new BigDecimal("2000.0"), OffsetDateTime.parse("2026-11-03T07:15:00+01:00")), new BigDecimal("85.5"),
                new BigDecimal("99.6"), List.of(new AlertLine(OffsetDateTime.parse("2026-11-07T10:00:00+01:00"), "warning",
                        "Fridge: no reading", "resolved")), new BigDecimal("120"));
    }

    @Test
    void totalsAreSummedThenRoundedOnce() {
        ReportContent content = november();
        assertThat(content.totals().energyWh()).isEqualByComparingTo("45008"); // 30 x 1,500.25 = 45,007.5, half-even
        assertThat(content.totals().cost()).isEqualByComparingTo("13.50");
        assertThat(content.totals().energyChangePercent(content.previous())).isEqualByComparingTo("50.0");
        assertThat(content.summary()).isEqualTo("Energy 45.008 kWh, cost 13.50 EUR, +50.0 % against October 2026");
    }

    @Test
    void csvHasARowPerDeviceAndDayWithUnitsAndEscapedFormulas() {
        String[] lines = new String(ReportCsv.of(november()), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(1 + 60);
        assertThat(lines[0]).isEqualTo("date,device_id,device_name,energy_wh,energy_cost_EUR,power_max_w,complete");
        assertThat(lines[1]).isEqualTo("2026-11-01,kettle,'=Kettle,1000.250,0.20,2000.0,true");
        assertThat(lines[31 + 6]).isEqualTo("2026-11-07,fridge,\"Fridge, cold\",500.000,0.10,90.0,false");
    }

    @Test
    void pdfCarriesTheTotalsHeaderAndPageNumbersInAnEmbeddedFont() throws IOException {
        byte[] pdf = ReportPdf.of(november(), Locale.UK);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Energy report: Monthly =home", "Home =1+1", "45.008 kWh", "13.50 EUR", "30.000 kWh", "+50.0 %",
                    "Page 1 of " + pages, "Page " + pages + " of " + pages, "Fridge, cold", "1 of 30 days with gaps",
                    "Fridge: no reading", "2,000.0 W",
                    "Energy per m² of floor area (120 m²)", "0.375 kWh/m²"); // 45,008 Wh / 120 m²
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }
}
