package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text helpers behind the CSV parser: cell splitting, number syntax and UTF-8 size. */
class CsvTextTest {

    @Test
    void cellsAreSplitAndTrimmed() {
        assertThat(CsvCells.split(" a , b,,c ", ',')).containsExactly("a", "b", "", "c");
    }

    @Test
    void quotedCellsKeepSeparatorsAndUnescapeDoubledQuotes() {
        assertThat(CsvCells.split("\"1,5\";\"say \"\"hi\"\"\";x", ';')).containsExactly("1,5", "say \"hi\"", "x");
        assertThat(CsvCells.split("\"1,5\",2", ',')).containsExactly("1,5", "2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+1", "230.5", "0.5", "5.", ".5", "1e3", "1E-3", "-2.5e+10", "007"})
    void decimalNotationIsRecognised(String text) {
        assertThat(NumberText.isDecimal(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "e3", "1e", "1e+", "NaN", "Infinity", "0x1p3", "1f", "1d", "1..2", "1 2",
            "1,5", "٣"})
    void everythingElseIsNotADecimal(String text) {
        assertThat(NumberText.isDecimal(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1764259200000", "-1", "+5", "0"})
    void integersAreRecognised(String text) {
        assertThat(NumberText.isInteger(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "+", "1.0", "1e3", "2026-11-27T10:00:00Z", "12a"})
    void nonIntegersAreNotIntegers(String text) {
        assertThat(NumberText.isInteger(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ascii", "Küche", "°C", "☀", "🏠 home", "mixed ä€𝄞"})
    void utf8LengthMatchesTheEncodedLength(String text) {
        assertThat(Utf8.byteLength(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }
}
