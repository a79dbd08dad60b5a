package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.energytracking.ingest.control.IngestFixtures.CLOCK;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;
import static org.energytracking.ingest.control.IngestFixtures.RECEIVED_AT;
import static org.energytracking.ingest.control.IngestFixtures.utf8;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Payloads rejected as a whole (index -1): nothing of them is kept. */
class PayloadParserWholePayloadTest {

    private final PayloadParser parser = IngestFixtures.payloadParser();

    private static PayloadParser parserWith(int maxBytes, int maxReadings) {
        return new PayloadParser(new ReadingLimits(maxBytes, maxReadings, Duration.ofDays(1), 60), CLOCK);
    }

    private static String reasonOf(ParseResult result) {
        assertThat(result.readings()).isEmpty();
        assertThat(result.isPayloadRejected()).isTrue();
        assertThat(result.rejections()).singleElement().extracting(Rejection::index).isEqualTo(-1);
        return result.rejections().get(0).reason();
    }

    private String reasonFor(byte[] payload) {
        return reasonOf(parser.parseJson(DEVICE, payload, RECEIVED_AT));
    }

    private String reasonFor(String json) {
        return reasonFor(utf8(json));
    }

    @Test
    void emptyOrBlankPayloadIsRejected() {
        assertThat(reasonFor(new byte[0])).isEqualTo("empty payload");
        assertThat(reasonFor((byte[]) null)).isEqualTo("empty payload");
        assertThat(reasonFor(" \r\n\t ")).isEqualTo("empty payload");
    }

    @Test
    void payloadOverTheByteLimitIsRejectedBeforeParsing() {
        byte[] garbage = new byte[1025]; // all zero bytes: would be malformed, but size is checked first
        assertThat(reasonOf(parserWith(1024, 10).parseJson(DEVICE, garbage, RECEIVED_AT)))
                .isEqualTo("payload of 1025 bytes exceeds the limit of 1024 bytes");
    }

    @Test
    void payloadExactlyAtTheByteLimitIsParsed() {
        String json = "{\"power\":1}";
        ParseResult result = parserWith(json.length(), 10).parseJson(DEVICE, utf8(json), RECEIVED_AT);

        assertThat(result.readings()).hasSize(1);
    }

    @Test
    void defaultLimitIs256KiB() {
        byte[] oversize = new byte[256 * 1024 + 1];
        assertThat(reasonFor(oversize)).isEqualTo("payload of 262145 bytes exceeds the limit of 262144 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"power\":", "{\"power\":1", "{\"power\" 1}", "{power:1}", "{'power':1}", "[{\"power\":1},]",
            "{\"power\":1,}", "{\"power\":01}", "{\"power\":1.}", "{\"power\":.5}", "{\"power\":+1}", "[{\"power\":1}",
            "{\"power\":1}}", "{\"power\":1} {\"power\":2}", "{\"power\":1}x", "{\"a\":[}", "nul", "{\"power\":0x10}"})
    void malformedJsonRejectsTheWholePayload(String json) {
        assertThat(reasonFor(json)).startsWith("malformed JSON: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void nanAndInfinityAreNotJsonAndRejectTheWholePayload(String literal) {
        assertThat(reasonFor("{\"power\":" + literal + "}")).startsWith("malformed JSON: ");
        assertThat(reasonFor("[{\"power\":1},{\"power\":" + literal + "}]")).startsWith("malformed JSON: ");
    }

    @Test
    void malformedTailDiscardsReadingsParsedBeforeIt() {
        assertThat(reasonFor("[{\"power\":1},{\"power\":2},{\"power\":")).startsWith("malformed JSON: ");
    }

    @Test
    void malformedReasonIsShortAndHasNoStackTrace() {
        String reason = reasonFor("{\"power\":1,\"voltage\":NaN}");

        assertThat(reason).hasSizeLessThan(200).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"power\"", "230.5", "true", "null"})
    void topLevelScalarIsRejected(String json) {
        assertThat(reasonFor(json)).startsWith("expected a JSON object or array, got ");
    }

    @Test
    void topLevelScalarReasonNamesTheType() {
        assertThat(reasonFor("42")).isEqualTo("expected a JSON object or array, got number");
    }

    @Test
    void batchWithExactlyTheMaximumNumberOfReadingsIsAccepted() {
        ParseResult result = parserWith(1024, 3).parseJson(DEVICE, utf8("[{\"power\":1},{\"power\":2},{\"power\":3}]"),
                RECEIVED_AT);

        assertThat(result.readings()).hasSize(3);
    }

    @Test
    void batchWithTooManyReadingsIsRejectedAsSoonAsTheLimitIsExceeded() {
        // The item after the limit is malformed: the parser must stop before reaching it.
        String json = "[{\"power\":1},{\"power\":2},{\"power\":3},{\"power\":4},{\"power\":NaN}]";

        assertThat(reasonOf(parserWith(1024, 3).parseJson(DEVICE, utf8(json), RECEIVED_AT)))
                .isEqualTo("more than 3 readings in one payload");
    }

    @Test
    void defaultLimitIsTenThousandReadings() {
        String json = "[" + "{\"power\":1},".repeat(10_000) + "{\"power\":1}]";
        PayloadParser roomy = new PayloadParser(new ReadingLimits(1 << 20, 10_000, Duration.ofDays(1), 60), CLOCK);

        assertThat(reasonOf(roomy.parseJson(DEVICE, utf8(json), RECEIVED_AT)))
                .isEqualTo("more than 10000 readings in one payload");
        assertThat(ReadingLimits.defaults().maxReadingsPerMessage()).isEqualTo(10_000);
    }

    @Test
    void nestingOfUnknownValuesUpToTheLimitIsSkipped() {
        // reading object is level 1, "x" adds levels 2..16
        String json = "{\"power\":1,\"x\":" + "[".repeat(15) + "]".repeat(15) + "}";

        assertThat(parser.parseJson(DEVICE, utf8(json), RECEIVED_AT).readings()).hasSize(1);
    }

    @Test
    void nestingOneLevelDeeperThanTheLimitIsRejected() {
        String json = "{\"power\":1,\"x\":" + "[".repeat(16) + "]".repeat(16) + "}";

        assertThat(reasonFor(json)).isEqualTo("nesting deeper than 16");
    }

    @Test
    void hundredThousandNestedArraysAreRejectedWithoutStackOverflow() {
        String json = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(reasonOf(parserWith(1 << 20, 10).parseJson(DEVICE, utf8(json), RECEIVED_AT)))
                .isEqualTo("nesting deeper than 16");
    }

    @Test
    void hundredThousandNestedObjectsInAnUnknownKeyAreRejectedWithoutStackOverflow() {
        String json = "{\"power\":1,\"x\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}";

        assertThat(reasonOf(parserWith(1 << 20, 10).parseJson(DEVICE, utf8(json), RECEIVED_AT)))
                .isEqualTo("nesting deeper than 16");
    }

    @Test
    void unterminatedDeepNestingIsRejectedWithoutStackOverflow() {
        assertThat(reasonOf(parserWith(1 << 20, 10).parseJson(DEVICE, utf8("[{\"v\":".repeat(100_000)), RECEIVED_AT)))
                .isEqualTo("nesting deeper than 16");
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] badContinuation = {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, '(', '"', ',', '"', 'p', 'o', 'w', 'e', 'r',
                '"', ':', '1', '}'};
        byte[] loneContinuation = {'{', '"', (byte) 0x80, '"', ':', '1', '}'};
        byte[] overlongSlash = {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'};
        byte[] truncatedAtEnd = {'{', '"', 'p', 'o', 'w', 'e', 'r', '"', ':', '1', '}', (byte) 0xE2, (byte) 0x82};

        assertThat(reasonFor(badContinuation)).isEqualTo("invalid UTF-8");
        assertThat(reasonFor(loneContinuation)).isEqualTo("invalid UTF-8");
        assertThat(reasonFor(overlongSlash)).isEqualTo("invalid UTF-8");
        assertThat(reasonFor(truncatedAtEnd)).isEqualTo("invalid UTF-8");
    }

    @Test
    void arbitraryBytesNeverThrow() {
        Random random = new Random(42);
        byte[] alphabet = utf8("{}[]:,\"0123456789.eE-+ tnrufalspowervaluests\\");
        for (int run = 0; run < 20_000; run++) {
            byte[] payload = new byte[random.nextInt(64)];
            for (int i = 0; i < payload.length; i++) {
                payload[i] = random.nextInt(10) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            assertThatCode(() -> parser.parseJson(DEVICE, payload, RECEIVED_AT)).doesNotThrowAnyException();
        }
    }
}
