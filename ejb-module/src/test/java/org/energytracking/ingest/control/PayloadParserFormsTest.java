package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;
import static org.energytracking.ingest.control.IngestFixtures.RECEIVED_AT;
import static org.energytracking.ingest.control.IngestFixtures.TS;
import static org.energytracking.ingest.control.IngestFixtures.power;
import static org.energytracking.ingest.control.IngestFixtures.powerAndEnergy;
import static org.energytracking.ingest.control.IngestFixtures.utf8;

import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

/** The accepted payload shapes: flat object, envelope, and batches mixing both. */
class PayloadParserFormsTest {

    private final PayloadParser parser = IngestFixtures.payloadParser();

    private ParseResult parse(String json) {
        return parser.parseJson(DEVICE, utf8(json), RECEIVED_AT);
    }

    @Test
    void flatObjectWithAllMeasurandsAndTs() {
        ParseResult result = parse("""
                {"ts":1764259200000,"power":230.5,"voltage":231.2,"current":1.02,"energy":1234,"temperature":21.5}""");

        assertThat(result.readings()).containsExactly(new Reading(DEVICE, TS, 230.5, 231.2, 1.02, 1234.0, 21.5));
        assertThat(result.hasRejections()).isFalse();
        assertThat(result.isPayloadRejected()).isFalse();
    }

    @Test
    void flatObjectWithoutTsIsStampedWithReceivedAt() {
        ParseResult result = parse("{\"power\":230.5,\"energy\":1234}");

        assertThat(result.readings()).containsExactly(powerAndEnergy(RECEIVED_AT, 230.5, 1234));
    }

    @Test
    void unreportedMeasurandsAreNull() {
        Reading reading = parse("{\"temperature\":-3}").readings().get(0);

        assertThat(reading.temperatureC()).isEqualTo(-3.0);
        assertThat(reading.powerW()).isNull();
        assertThat(reading.voltageV()).isNull();
        assertThat(reading.currentA()).isNull();
        assertThat(reading.energyWh()).isNull();
    }

    @Test
    void envelopeTakesTsOutsideAndValuesInside() {
        ParseResult result = parse("{\"ts\":1764259200000,\"values\":{\"power\":230.5,\"energy\":1234}}");

        assertThat(result.readings()).containsExactly(powerAndEnergy(TS, 230.5, 1234));
        assertThat(result.hasRejections()).isFalse();
    }

    @Test
    void envelopeWithoutTsIsStampedWithReceivedAt() {
        assertThat(parse("{\"values\":{\"power\":5}}").readings()).containsExactly(power(RECEIVED_AT, 5));
    }

    @Test
    void envelopeMayCarryTsInsideValues() {
        assertThat(parse("{\"values\":{\"ts\":1764259200000,\"power\":5}}").readings()).containsExactly(power(TS, 5));
    }

    @Test
    void envelopeAndFlatValuesOfDifferentMeasurandsAreMerged() {
        ParseResult result = parse("{\"ts\":1764259200000,\"energy\":1234,\"values\":{\"power\":230.5}}");

        assertThat(result.readings()).containsExactly(powerAndEnergy(TS, 230.5, 1234));
    }

    @Test
    void batchMixesFlatAndEnvelopeReadingsInOrder() {
        ParseResult result = parse("""
                [{"ts":1764259200000,"power":1},
                 {"ts":1764259260000,"values":{"power":2}},
                 {"power":3}]""");

        assertThat(result.readings()).containsExactly(power(TS, 1), power(TS + 60_000, 2), power(RECEIVED_AT, 3));
        assertThat(result.hasRejections()).isFalse();
    }

    @Test
    void emptyBatchYieldsNothingAndRejectsNothing() {
        ParseResult result = parse("[]");

        assertThat(result.readings()).isEmpty();
        assertThat(result.rejections()).isEmpty();
    }

    @Test
    void duplicateTimestampsInOnePayloadAreBothReturned() {
        ParseResult result = parse("[{\"ts\":1764259200000,\"power\":1},{\"ts\":1764259200000,\"power\":2}]");

        assertThat(result.readings()).containsExactly(power(TS, 1), power(TS, 2));
    }

    @Test
    void unknownKeysAreIgnoredIncludingNestedOnes() {
        ParseResult result = parse("""
                {"fw":"1.2.3","rssi":-71,"ok":true,"note":null,"power":230.5,
                 "diag":{"uptime":12,"errors":[1,2,{"deep":[[]]}]},"tags":["a","b"],
                 "values":{"energy":1234,"extra":{"x":1}}}""");

        assertThat(result.readings()).containsExactly(powerAndEnergy(RECEIVED_AT, 230.5, 1234));
        assertThat(result.hasRejections()).isFalse();
    }

    @Test
    void keysAreCaseSensitiveSoCapitalisedKeysAreUnknown() {
        ParseResult result = parse("{\"Power\":1,\"energy\":2}");

        assertThat(result.readings()).containsExactly(new Reading(DEVICE, RECEIVED_AT, null, null, null, 2.0, null));
    }

    @Test
    void numbersMayBeIntegersDecimalsExponentsAndNegative() {
        ParseResult result = parse("{\"power\":-1500,\"voltage\":2.305e2,\"current\":-0.5,\"energy\":12E3,\"temperature\":0}");

        assertThat(result.readings())
                .containsExactly(new Reading(DEVICE, RECEIVED_AT, -1500.0, 230.5, -0.5, 12000.0, 0.0));
    }

    @Test
    void surroundingWhitespaceAndUtf8ByteOrderMarkAreAccepted() {
        assertThat(parse("\uFEFF \n\t{\"power\":1}\r\n ").readings()).containsExactly(power(RECEIVED_AT, 1));
    }

    @Test
    void multiByteUtf8InUnknownKeysAndStringsIsFine() {
        assertThat(parse("{\"ort\":\"Küche ☀ 🏠\",\"power\":1}").readings()).containsExactly(power(RECEIVED_AT, 1));
    }

    @Test
    void readingsCarryTheGivenDeviceId() {
        ParseResult result = parser.parseJson("inverter-7", utf8("{\"power\":1}"), RECEIVED_AT);

        assertThat(result.readings()).extracting(Reading::deviceId).containsExactly("inverter-7");
    }

    @Test
    void resultListsAreImmutable() {
        ParseResult result = parse("{\"power\":1}");

        assertThatThrownBy(() -> result.readings().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
