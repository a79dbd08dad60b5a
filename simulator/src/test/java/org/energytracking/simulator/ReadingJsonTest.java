package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingJsonTest {

    private static final Reading READING = new Reading(1_764_259_200_000L, 230.46, 231.24, 0.99661, 1234.5, 21.456);

    @Test
    void singleReadingIsTheDocumentedFlatObject() {
        String json = new String(ReadingJson.single(READING), StandardCharsets.US_ASCII);
        assertThat(json).isEqualTo("{\"ts\":1764259200000,\"power\":230.5,\"voltage\":231.2,\"current\":0.997,"
                + "\"energy\":1234.500,\"temperature\":21.46}");
        JsonObject parsed = Json.createReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.US_ASCII))).readObject();
        assertThat(parsed.getJsonNumber("power").doubleValue()).isEqualTo(230.5);
    }

    @Test
    void batchIsAValidJsonArray() {
        Reading second = new Reading(READING.ts() + 1, 5, 230, 0.02, 1234.6, 21);
        JsonArray parsed = Json.createReader(new ByteArrayInputStream(ReadingJson.batch(List.of(READING, second))))
                .readArray();
        assertThat(parsed).hasSize(2);
        assertThat(parsed.getJsonObject(1).getJsonNumber("ts").longValue()).isEqualTo(READING.ts() + 1);
        assertThat(parsed.getJsonObject(1).getJsonNumber("energy").doubleValue()).isEqualTo(1234.6);
    }

    @Test
    void largestBatchFitsThePlatformsPayloadLimit() {
        Reading widest = new Reading(Long.MAX_VALUE / 1000, -999_999.99, 999.99, -9_999.999, 999_999_999.999, -59.99);
        byte[] payload = ReadingJson.batch(java.util.Collections.nCopies(ReadingJson.MAX_READINGS_PER_MESSAGE, widest));
        assertThat(payload.length).isLessThanOrEqualTo(256 * 1024);
    }

    @Test
    void fixedPointFormatting() {
        assertThat(fixed(7, 3)).isEqualTo("7.000");
        assertThat(fixed(0.05, 3)).isEqualTo("0.050");
        assertThat(fixed(-1.26, 1)).isEqualTo("-1.3");
        assertThat(fixed(-0.04, 1)).isEqualTo("0.0");
        assertThat(fixed(99.96, 1)).isEqualTo("100.0");
        assertThat(fixed(12.7, 0)).isEqualTo("13");
        assertThatThrownBy(() -> fixed(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String fixed(double value, int decimals) {
        StringBuilder sb = new StringBuilder();
        ReadingJson.appendFixed(sb, value, decimals);
        return sb.toString();
    }
}
