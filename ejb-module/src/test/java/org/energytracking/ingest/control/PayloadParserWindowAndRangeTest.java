package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.ingest.control.IngestFixtures.CLOCK;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;
import static org.energytracking.ingest.control.IngestFixtures.NOW;
import static org.energytracking.ingest.control.IngestFixtures.RECEIVED_AT;
import static org.energytracking.ingest.control.IngestFixtures.power;
import static org.energytracking.ingest.control.IngestFixtures.utf8;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.energytracking.ingest.entity.Measurand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The plausible range of each measurand and the accepted time window, including their exact boundaries. */
class PayloadParserWindowAndRangeTest {

    /** 60 months before November 2026, from the first instant of that month. */
    private static final long OLDEST = Instant.parse("2021-11-01T00:00:00Z").toEpochMilli();
    private static final long NEWEST = NOW.plus(Duration.ofDays(1)).toEpochMilli();

    private final PayloadParser parser = IngestFixtures.payloadParser();

    private ParseResult parse(String json) {
        return parser.parseJson(DEVICE, utf8(json), RECEIVED_AT);
    }

    private ParseResult parseValue(Measurand measurand, String value) {
        return parse("{\"" + measurand.key() + "\":" + value + "}");
    }

    @ParameterizedTest
    @EnumSource(Measurand.class)
    void valuesExactlyAtTheRangeBoundariesAreAccepted(Measurand measurand) {
        assertThat(parseValue(measurand, Double.toString(measurand.min())).readings()).hasSize(1);
        assertThat(parseValue(measurand, Double.toString(measurand.max())).readings()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "POWER       | -1000000.1    | power: -1000000.1 W is outside -1000000..1000000",
            "POWER       | 1000000.1     | power: 1000000.1 W is outside -1000000..1000000",
            "VOLTAGE     | -0.1          | voltage: -0.1 V is outside 0..1000",
            "VOLTAGE     | 1200          | voltage: 1200.0 V is outside 0..1000",
            "VOLTAGE     | 1000.001      | voltage: 1000.001 V is outside 0..1000",
            "CURRENT     | -10000.5      | current: -10000.5 A is outside -10000..10000",
            "CURRENT     | 10001         | current: 10001.0 A is outside -10000..10000",
            "ENERGY      | -1            | energy: -1.0 Wh is outside 0..1000000000000",
            "ENERGY      | 1000000000001 | energy: 1.000000000001E12 Wh is outside 0..1000000000000",
            "TEMPERATURE | -60.5         | temperature: -60.5 °C is outside -60..200",
            "TEMPERATURE | 200.1         | temperature: 200.1 °C is outside -60..200"})
    void valuesJustOutsideTheRangeAreRejectedWithValueUnitAndRange(Measurand measurand, String value, String reason) {
        ParseResult result = parseValue(measurand, value);

        assertThat(result.readings()).isEmpty();
        assertThat(result.rejections()).containsExactly(new Rejection(0, reason));
    }

    @Test
    void tsExactlyAtTheClockSkewLimitIsAccepted() {
        assertThat(parse("{\"ts\":" + NEWEST + ",\"power\":1}").readings()).containsExactly(power(NEWEST, 1));
    }

    @Test
    void tsOneMillisecondBeyondTheClockSkewIsRejected() {
        ParseResult result = parse("{\"ts\":" + (NEWEST + 1) + ",\"power\":1}");

        assertThat(result.rejections())
                .containsExactly(new Rejection(0, "ts: " + (NEWEST + 1) + " is more than 1 day in the future"));
    }

    @Test
    void tsFarInTheFutureIsRejected() {
        assertThat(parse("{\"ts\":4102444800000,\"power\":1}").rejections())
                .containsExactly(new Rejection(0, "ts: 4102444800000 is more than 1 day in the future"));
        assertThat(parse("{\"ts\":" + Long.MAX_VALUE + ",\"power\":1}").rejections()).hasSize(1);
    }

    @Test
    void tsExactlyAtTheStartOfTheRetentionPeriodIsAccepted() {
        assertThat(parse("{\"ts\":" + OLDEST + ",\"power\":1}").readings()).containsExactly(power(OLDEST, 1));
    }

    @Test
    void tsOneMillisecondBeforeTheRetentionPeriodIsRejected() {
        ParseResult result = parse("{\"ts\":" + (OLDEST - 1) + ",\"power\":1}");

        assertThat(result.rejections()).containsExactly(new Rejection(0,
                "ts: 2021-10-31T23:59:59.999Z is older than the retention period (60 months)"));
    }

    @Test
    void epochZeroAndNegativeTsAreOlderThanTheRetentionPeriod() {
        assertThat(parse("{\"ts\":0,\"power\":1}").rejections()).containsExactly(
                new Rejection(0, "ts: 1970-01-01T00:00:00Z is older than the retention period (60 months)"));
        assertThat(parse("{\"ts\":-1,\"power\":1}").rejections()).hasSize(1);
    }

    @Test
    void receivedAtIsCheckedAgainstTheWindowLikeAnyTs() {
        ParseResult result = parser.parseJson(DEVICE, utf8("{\"power\":1}"), 0);

        assertThat(result.readings()).isEmpty();
        assertThat(result.rejections()).singleElement()
                .satisfies(rejection -> assertThat(rejection.reason()).contains("older than the retention period"));
    }

    @Test
    void skewInTheReasonFollowsTheConfiguredLimit() {
        ReadingLimits fiveMinutes = new ReadingLimits(1024, 10, Duration.ofMinutes(5), 12);
        PayloadParser strict = new PayloadParser(fiveMinutes, CLOCK);
        long tooNew = NOW.plus(Duration.ofMinutes(6)).toEpochMilli();

        ParseResult result = strict.parseJson(DEVICE, utf8("{\"ts\":" + tooNew + ",\"power\":1}"), RECEIVED_AT);

        assertThat(result.rejections())
                .containsExactly(new Rejection(0, "ts: " + tooNew + " is more than 5 minutes in the future"));
    }

    @Test
    void windowFollowsTheClockAtParseTime() {
        long nextYear = Instant.parse("2027-06-01T00:00:00Z").toEpochMilli();
        PayloadParser later = new PayloadParser(ReadingLimits.defaults(),
                Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC));

        assertThat(parse("{\"ts\":" + nextYear + ",\"power\":1}").readings()).isEmpty();
        assertThat(later.parseJson(DEVICE, utf8("{\"ts\":" + nextYear + ",\"power\":1}"), nextYear).readings())
                .hasSize(1);
    }
}
