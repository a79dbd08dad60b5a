package org.energytracking.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.energytracking.reports.entity.Cadence;
import org.energytracking.reports.entity.ReportPeriod;
import org.energytracking.reports.entity.ReportWords;
import org.junit.jupiter.api.Test;

/** A report's words per language: the PDF, the period's label and the email, in English and German. */
class ReportWordsTest {

    private static final ReportPeriod NOVEMBER = ReportPeriod.parse(Cadence.MONTHLY, "2026-11");
    private static final ReportWords GERMAN = ReportWords.of(Locale.GERMANY);
    private static final Instant UNTIL = Instant.parse("2026-12-31T10:00:00Z");

    @Test
    void aGermanPdfHasGermanWordsMonthsAndNumbers() throws IOException {
        try (PDDocument document = Loader.loadPDF(ReportPdf.of(ReportFilesTest.november(), Locale.GERMANY))) {
            String text = new PDFTextStripper().getText(document);
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Energiebericht: Monthly =home", "Summen", "Kosten (Energie und Grundgebühren)", "45,008 kWh", "13,50 EUR",
                    "Vergleich", "Oktober 2026", "Nach Tagen, gegenüber Oktober 2026", "Tag", "Vollständig", "ja", "1 von 30 Tagen mit Lücken",
                    "Spitzenlast", "2.000,0 W am 3. Nov. 07:15",
                    "Energie je m² Nutzfläche (120 m²)", "0,375 kWh/m²", "Seite 1 von " + pages, "Seite " + pages + " von " + pages);
            assertThat(text).doesNotContain("Page ", "Energy report", "Totals", "October");
        }
    }

    @Test
    void anEnglishPdfKeepsItsWords() throws IOException {
        try (PDDocument document = Loader.loadPDF(ReportPdf.of(ReportFilesTest.november(), Locale.UK))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Energy report: Monthly =home", "Totals", "By day, against October 2026",
                    "2,000.0 W on 3 Nov 07:15", "Page 1 of ").doesNotContain("Seite", "Oktober");
        }
    }

    @Test
    void periodsAreLabelledInTheWordsLanguage() {
        ReportPeriod week = ReportPeriod.parse(Cadence.WEEKLY, "2026-W47");
        assertThat(week.label()).isEqualTo("Week 47 2026 (16 Nov 2026 – 22 Nov 2026)");
        assertThat(week.label(GERMAN)).isEqualTo("KW 47 2026 (16. Nov. 2026 – 22. Nov. 2026)");
        assertThat(ReportPeriod.parse(Cadence.MONTHLY, "2026-12").label(GERMAN)).isEqualTo("Dezember 2026");
        assertThat(ReportPeriod.parse(Cadence.MONTHLY, "2026-09").label(ReportWords.of(Locale.UK))).as("not en-GB's Sept").isEqualTo("September 2026");
        assertThat(ReportWords.of(Locale.FRANCE).get("pdf.page", "1", "2")).as("a language without words of its own").isEqualTo("Page 1 of 2");
    }

    @Test
    void theSummaryIsInTheReadersWordsAndNumbersAndStaysAsTheApiWritesItInEnglish() {
        assertThat(ReportFilesTest.november().summary(GERMAN)).isEqualTo("Energie 45,008 kWh, Kosten 13,50 EUR, +50,0 % gegenüber Oktober 2026");
        assertThat(ReportFilesTest.november().summary(ReportWords.of(Locale.US))).isEqualTo(ReportFilesTest.november().summary())
                .isEqualTo("Energy 45.008 kWh, cost 13.50 EUR, +50.0 % against October 2026");
    }

    @Test
    void theEmailIsInTheReadersWords() {
        ReportMailText german = ReportMailText.of(GERMAN, "Monatlich", NOVEMBER, 2, "Energie 45,008 kWh",
                List.of("http://x/api/v1/report-downloads/t/pdf"), UNTIL, "http://x/");
        assertThat(german.subject()).isEqualTo("Energiebericht: Monatlich, November 2026");
        assertThat(german.text()).isEqualTo("Monatlich, November 2026 (Version 2, neu berechnet)\n\nEnergie 45,008 kWh\n\n"
                + "Der Bericht ist zu groß für einen Anhang; hier herunterladen (ohne Anmeldung; die Links gelten bis 31. Dezember 2026 10:00 UTC):"
                + "\n  http://x/api/v1/report-downloads/t/pdf\n\nAlle Berichte: http://x/app/reports\n");
        ReportMailText english = ReportMailText.of(ReportWords.of(Locale.UK), "Monthly", NOVEMBER, 1, "Energy 45.008 kWh", List.of(), null, "http://x/");
        assertThat(english.subject()).isEqualTo("Energy report: Monthly, November 2026");
        assertThat(english.text()).isEqualTo("Monthly, November 2026\n\nEnergy 45.008 kWh\n\nThe report is attached.\n\nAll reports: http://x/app/reports\n");
    }
}
