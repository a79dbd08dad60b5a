package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedDeviceTest {

    private static final long NOW = 1_764_259_200_000L;

    private static SimulatedDevice device(long lastTs) {
        return new SimulatedDevice("sim-1", new LoadProfile(1, ZoneId.of("UTC")), lastTs);
    }

    @Test
    void spreadsABatchEvenlyUpToNow() {
        List<Reading> readings = device(NOW - 10_000).readingsUntil(NOW, 5);
        assertThat(readings).extracting(Reading::ts)
                .containsExactly(NOW - 8_000, NOW - 6_000, NOW - 4_000, NOW - 2_000, NOW);
    }

    @Test
    void tsStrictlyIncreasesWhenTheClockStepsBack() {
        SimulatedDevice device = device(NOW - 1_000);
        List<Reading> first = device.readingsUntil(NOW, 3);
        List<Reading> second = device.readingsUntil(NOW - 5_000, 3);
        assertThat(second.get(0).ts()).isGreaterThan(first.get(2).ts());
        assertThat(second).extracting(Reading::ts).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void singleReadingIsAFlatObjectAndABatchAnArray() {
        SimulatedDevice device = device(NOW - 1_000);
        JsonObject single = Json.createReader(new ByteArrayInputStream(device.payloadUntil(NOW, 1))).readObject();
        assertThat(single.getJsonNumber("ts").longValue()).isEqualTo(NOW);
        JsonArray batch = Json.createReader(new ByteArrayInputStream(device.payloadUntil(NOW + 3_000, 3))).readArray();
        assertThat(batch).hasSize(3);
        assertThat(batch.getJsonObject(2).getJsonNumber("ts").longValue()).isEqualTo(NOW + 3_000);
        assertThat(device.topic()).isEqualTo("devices/sim-1/readings");
    }
}
