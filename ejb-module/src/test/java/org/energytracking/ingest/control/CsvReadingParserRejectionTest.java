package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.ingest.control.IngestFixtures.CLOCK;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;
import static org.energytracking.ingest.control.IngestFixtures.RECEIVED_AT;
import static org.energytracking.ingest.control.IngestFixtures.TS;
import static org.energytracking.ingest.control.IngestFixtures.power;

import java.time.Duration;

import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV rows rejected by their 0-based data row index, and documents rejected as a whole (index -1). */
class CsvReadingParserRejectionTest {

    private final CsvReadingParser parser = IngestFixtures.csvParser();

    private ParseResult parse(String csv) {
        return parser.parse(DEVICE, csv, RECEIVED_AT);
    }

    private String wholePayloadReason(ParseResult result) {
        assertThat(result.readings()).isEmpty();
        assertThat(result.isPayloadRejected()).isTrue();
        assertThat(result.rejections()).singleElement().extracting(Rejection::index).isEqualTo(-1);
        return result.rejections().get(0).reason();
    }

    private void assertRowRejected(String row, String reason) {
        ParseResult result = parse("ts,power,voltage\n" + row);
        assertThat(result.readings()).isEmpty();
        assertThat(result.rejections()).containsExactly(new Rejection(0, reason));
    }

    @Test
    void importKeepsValidRowsAndRejectsBadOnesByDataRowIndex() {
        ParseResult result = parse("""
                ts,power,voltage
                1764259200000,1,230
                1764259200000,high,230
                1764259200000,2,1200

                1764259200000,3,
                yesterday,4,
                """);

        assertThat(result.readings()).containsExactly(
                new Reading(DEVICE, TS, 1.0, 230.0, null, null, null), power(TS, 3));
        assertThat(result.rejections()).containsExactly(
                new Rejection(1, "power: expected a number, got 'high'"),
                new Rejection(2, "voltage: 1200.0 V is outside 0..1000"),
                new Rejection(5, "ts: expected epoch milliseconds or an ISO-8601 date-time with offset, got 'yesterday'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0x10", "1f", "1d", "1,5", "1.2.3", "e5", ".", "-", "1e", "12 W"})
    void cellsThatAreNotDecimalNumbersAreRejected(String cell) {
        ParseResult result = parse("power\n\"" + cell + "\"");

        assertThat(result.rejections()).containsExactly(new Rejection(0, "power: expected a number, got '" + cell + "'"));
    }

    @Test
    void numberThatOverflowsADoubleIsRejected() {
        assertRowRejected("1764259200000,1e400,", "power: '1e400' is not a finite number");
    }

    @Test
    void valuesOutsideTheRangeAreRejected() {
        assertRowRejected("1764259200000,,-0.1", "voltage: -0.1 V is outside 0..1000");
    }

    @Test
    void localDateTimeWithoutOffsetIsRejectedAsAmbiguous() {
        assertRowRejected("2026-11-27T10:00:00,1,",
                "ts: expected epoch milliseconds or an ISO-8601 date-time with offset, got '2026-11-27T10:00:00'");
    }

    @Test
    void tsBeyondLongRangeIsRejected() {
        assertRowRejected("99999999999999999999,1,", "ts: '99999999999999999999' is out of range");
    }

    @Test
    void tsBeyondTheClockSkewIsRejected() {
        assertRowRejected("4102444800000,1,", "ts: 4102444800000 is more than 1 day in the future");
    }

    @Test
    void tsOlderThanTheRetentionPeriodIsRejected() {
        assertRowRejected("1970-01-01T00:00:00Z,1,",
                "ts: 1970-01-01T00:00:00Z is older than the retention period (60 months)");
    }

    @Test
    void rowWithOnlyATsIsRejected() {
        assertRowRejected("1764259200000,,", ReadingCollector.NO_KNOWN_VALUES);
    }

    @Test
    void rowWithMoreCellsThanTheHeaderIsRejected() {
        assertRowRejected("1764259200000,1,230,9", "row has 4 cells but the header has 3 columns");
    }

    @Test
    void unknownColumnRejectsTheWholeImportNamingIt() {
        assertThat(wholePayloadReason(parse("ts,power,Humidity\n1764259200000,1,40"))).isEqualTo(
                "unknown column 'Humidity' (expected ts, power, voltage, current, energy, temperature, power_factor, apparent_power, reactive_power)");
    }

    @Test
    void duplicateColumnRejectsTheWholeImport() {
        assertThat(wholePayloadReason(parse("ts,power,Power\n1,1,1")))
                .isEqualTo("header column 'power' appears more than once");
        assertThat(wholePayloadReason(parse("ts,power,ts\n1,1,1"))).isEqualTo("header column 'ts' appears more than once");
    }

    @Test
    void unnamedColumnRejectsTheWholeImport() {
        assertThat(wholePayloadReason(parse("ts,power,\n1,1,"))).isEqualTo("header column 3 has no name");
    }

    @Test
    void headerWithoutValueColumnRejectsTheWholeImport() {
        assertThat(wholePayloadReason(parse("ts\n1764259200000")))
                .isEqualTo("header has no value column (expected any of power, voltage, current, energy, temperature, power_factor, apparent_power, reactive_power)");
    }

    @Test
    void commaInTheHeaderMakesCommaTheSeparator() {
        assertThat(wholePayloadReason(parse("ts,power;energy\n1,2"))).startsWith("unknown column 'power;energy'");
    }

    @Test
    void emptyOrBlankImportIsRejected() {
        assertThat(wholePayloadReason(parse(""))).isEqualTo("empty payload");
        assertThat(wholePayloadReason(parse(null))).isEqualTo("empty payload");
        assertThat(wholePayloadReason(parse(" \n\r\n  "))).isEqualTo("empty payload");
    }

    @Test
    void importOverTheByteLimitIsRejectedCountingUtf8Bytes() {
        CsvReadingParser small = new CsvReadingParser(new ReadingLimits(16, 10, Duration.ofDays(1), 60), CLOCK);
        String fifteenCharsEighteenBytes = "power\n1\n2\n3\n°°°"; // each ° is 2 bytes in UTF-8

        assertThat(wholePayloadReason(small.parse(DEVICE, fifteenCharsEighteenBytes, RECEIVED_AT)))
                .isEqualTo("payload of 18 bytes exceeds the limit of 16 bytes");
        assertThat(small.parse(DEVICE, "power\n1\n2\n3\n4\n5", RECEIVED_AT).readings()).hasSize(5);
    }

    @Test
    void importWithTooManyRowsIsRejected() {
        CsvReadingParser fewRows = new CsvReadingParser(new ReadingLimits(1024, 2, Duration.ofDays(1), 60), CLOCK);

        assertThat(fewRows.parse(DEVICE, "power\n1\n2\n\n", RECEIVED_AT).readings()).hasSize(2);
        assertThat(wholePayloadReason(fewRows.parse(DEVICE, "power\n1\n2\n3", RECEIVED_AT)))
                .isEqualTo("more than 2 readings in one payload");
    }
}
