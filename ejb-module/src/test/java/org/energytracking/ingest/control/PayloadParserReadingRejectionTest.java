package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;
import static org.energytracking.ingest.control.IngestFixtures.RECEIVED_AT;
import static org.energytracking.ingest.control.IngestFixtures.TS;
import static org.energytracking.ingest.control.IngestFixtures.power;
import static org.energytracking.ingest.control.IngestFixtures.utf8;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Readings that are rejected one by one, leaving the rest of the payload intact. */
class PayloadParserReadingRejectionTest {

    private final PayloadParser parser = IngestFixtures.payloadParser();

    private ParseResult parse(String json) {
        return parser.parseJson(DEVICE, utf8(json), RECEIVED_AT);
    }

    private void assertRejectedAlone(String json, String reason) {
        ParseResult result = parse(json);
        assertThat(result.readings()).isEmpty();
        assertThat(result.rejections()).containsExactly(new Rejection(0, reason));
        assertThat(result.isPayloadRejected()).isFalse();
    }

    @Test
    void batchKeepsValidReadingsAndRejectsBadOnesByIndex() {
        ParseResult result = parse("""
                [{"ts":1764259200000,"power":1},
                 {"ts":1764259200000,"power":"high"},
                 {"ts":1764259200000,"values":{"power":2}},
                 {"voltage":1200},
                 {"rssi":-70},
                 {"ts":1764259200000,"power":3}]""");

        assertThat(result.readings()).containsExactly(power(TS, 1), power(TS, 2), power(TS, 3));
        assertThat(result.rejections()).containsExactly(
                new Rejection(1, "power: expected a number, got string"),
                new Rejection(3, "voltage: 1200.0 V is outside 0..1000"),
                new Rejection(4, ReadingCollector.NO_KNOWN_VALUES));
        assertThat(result.hasRejections()).isTrue();
        assertThat(result.isPayloadRejected()).isFalse();
    }

    @Test
    void batchItemsThatAreNotObjectsAreRejectedByIndex() {
        ParseResult result = parse("[1,\"x\",{\"power\":1},[{\"power\":2}],null,true]");

        assertThat(result.readings()).containsExactly(power(RECEIVED_AT, 1));
        assertThat(result.rejections()).containsExactly(
                new Rejection(0, "expected a reading object, got number"),
                new Rejection(1, "expected a reading object, got string"),
                new Rejection(3, "expected a reading object, got array"),
                new Rejection(4, "expected a reading object, got null"),
                new Rejection(5, "expected a reading object, got boolean"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"230\"        | string",
            "true           | boolean",
            "false          | boolean",
            "null           | null",
            "{\"v\":230}    | object",
            "[230]          | array"})
    void measurandOfWrongTypeIsRejectedNamingFieldAndType(String value, String type) {
        assertRejectedAlone("{\"power\":" + value + ",\"energy\":1}", "power: expected a number, got " + type);
    }

    @Test
    void wrongTypeInsideEnvelopeIsRejectedToo() {
        assertRejectedAlone("{\"values\":{\"temperature\":\"warm\"}}", "temperature: expected a number, got string");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"1764259200000\"   | string",
            "null                | null",
            "{\"ms\":1}          | object",
            "[1764259200000]     | array",
            "true                | boolean"})
    void tsOfWrongTypeIsRejected(String ts, String type) {
        assertRejectedAlone("{\"ts\":" + ts + ",\"power\":1}", "ts: expected integral epoch milliseconds, got " + type);
    }

    @ParameterizedTest
    @CsvSource({"1764259200000.5", "1764259200000.0", "1.7642592e12"})
    void tsThatIsNotAnIntegralNumberIsRejected(String ts) {
        assertRejectedAlone("{\"ts\":" + ts + ",\"power\":1}", "ts: expected integral epoch milliseconds, got " + ts);
    }

    @Test
    void tsBeyondLongRangeIsRejectedWithoutWrappingAround() {
        // 2^64 + TS would wrap to TS with a plain long conversion.
        assertRejectedAlone("{\"ts\":18446744075473811200,\"power\":1}", "ts: 18446744075473811200 is out of range");
    }

    @Test
    void numberThatOverflowsADoubleIsRejected() {
        assertRejectedAlone("{\"power\":1e400}", "power: 1e400 is not a finite number");
        assertRejectedAlone("{\"power\":-1e400}", "power: -1e400 is not a finite number");
    }

    @Test
    void numberWithAnExponentBeyondIntRangeIsRejected() {
        assertRejectedAlone("{\"energy\":1e99999999999}", "energy: 1e99999999999 is not a finite number");
    }

    @Test
    void absurdlyLongNumberLiteralIsRejectedWithAShortReason() {
        String digits = "1".repeat(5_000);
        ParseResult result = parse("{\"power\":" + digits + "}");

        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.index()).isZero();
            assertThat(rejection.reason()).startsWith("power: 111").endsWith("is not a finite number").hasSizeLessThan(80);
        });
    }

    @Test
    void tinyNumbersUnderflowToZeroAndAreAccepted() {
        assertThat(parse("{\"power\":1e-400}").readings()).containsExactly(power(RECEIVED_AT, 0));
    }

    @Test
    void readingWithNoKnownKeyIsRejected() {
        assertRejectedAlone("{\"ts\":1764259200000,\"rssi\":-70}",
                "no known values (expected any of power, voltage, current, energy, temperature, power_factor, apparent_power, reactive_power)");
        assertRejectedAlone("{}", ReadingCollector.NO_KNOWN_VALUES);
        assertRejectedAlone("{\"values\":{}}", ReadingCollector.NO_KNOWN_VALUES);
    }

    @Test
    void valuesThatIsNotAnObjectIsRejected() {
        assertRejectedAlone("{\"values\":[1,2]}", "values: expected an object, got array");
        assertRejectedAlone("{\"values\":230,\"power\":1}", "values: expected an object, got number");
    }

    @Test
    void measurandReportedTwiceInOneReadingIsRejected() {
        assertRejectedAlone("{\"power\":1,\"values\":{\"power\":2}}", "power: reported more than once");
        assertRejectedAlone("{\"power\":1,\"power\":1}", "power: reported more than once");
    }

    @Test
    void tsReportedTwiceInOneReadingIsRejected() {
        assertRejectedAlone("{\"ts\":1764259200000,\"values\":{\"ts\":1764259200000,\"power\":1}}",
                "ts: reported more than once");
    }

    @Test
    void firstProblemOfAReadingIsTheReason() {
        assertRejectedAlone("{\"power\":\"x\",\"voltage\":-1,\"ts\":\"y\"}", "power: expected a number, got string");
    }

    @Test
    void rejectedReadingDoesNotLeakValuesIntoTheNextOne() {
        ParseResult result = parse("[{\"power\":1,\"voltage\":\"x\"},{\"energy\":5}]");

        assertThat(result.readings()).singleElement().satisfies(reading -> {
            assertThat(reading.energyWh()).isEqualTo(5.0);
            assertThat(reading.powerW()).isNull();
        });
        assertThat(result.rejections()).containsExactly(new Rejection(0, "voltage: expected a number, got string"));
    }
}
