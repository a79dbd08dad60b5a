package org.energytracking.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDownloadTest {

    @Test
    void quotesSeparatorsQuotesAndLineBreaksAndEndsLinesWithCrLf() {
        String csv = CsvDownload.csv(List.of("name", "kWh"), List.of(List.of("Kitchen, \"main\"", 1.5), List.of("a\nb", 2)));
        assertThat(csv).isEqualTo("name,kWh\r\n\"Kitchen, \"\"main\"\"\",1.5\r\n\"a\nb\",2\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(CsvDownload.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvDownload.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvDownload.cell(-3)).as("numbers are numbers").isEqualTo("-3");
    }

    @Test
    void emptyCellsForUnknownValuesAndPlainDecimals() {
        assertThat(CsvDownload.csv(List.of("a", "b"), List.of(Arrays.asList(null, new BigDecimal("1E+3")))))
                .isEqualTo("a,b\r\n,1000\r\n");
    }
}
