package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.ingest.control.FamilyFixtures.adapt;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;

import java.time.ZoneId;
import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.devices.entity.KeyMapping;
import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

/**
 * Payloads in the shapes of ThingsBoard's MQTT device API documentation (thingsboard.io/docs/reference/mqtt-api/
 * "Telemetry upload API": {"key1":"value1"}, {"ts":1451649600512,"values":{...}}, and an array of those).
 */
class ThingsBoardTelemetryTest {

    private static final String TOPIC = "v1/devices/me/telemetry";
    private static final KeyMapping MAPPING = KeyMapping.parse("active_power=power, energy_total_kwh=energy*1000");

    private static AdaptedMessage telemetry(String payload) {
        return adapt(DeviceProtocol.THINGSBOARD, TOPIC, payload, ZoneId.of("UTC"), MAPPING);
    }

    @Test
    void theDeviceIsThePublisherAndMappedKeysArriveInOurUnits() {
        AdaptedMessage message = telemetry("{\"ts\":1764259200000,\"values\":{\"active_power\":120.5,\"energy_total_kwh\":2.5,\"rssi\":-60}}");
        assertThat(message.parsed().readings()).containsExactly(new Reading(DEVICE, 1764259200000L, 120.5, null, null, 2500.0, null));
    }

    @Test
    void flatObjectsAndArraysOfEnvelopesAreRead() {
        assertThat(telemetry("{\"voltage\":231.0,\"current\":1.5}").parsed().readings())
                .containsExactly(new Reading(DEVICE, IngestFixtures.RECEIVED_AT, null, 231.0, 1.5, null, null));
        assertThat(telemetry("[{\"ts\":1764259200000,\"values\":{\"active_power\":1}},{\"ts\":1764259260000,\"values\":{\"active_power\":2}}]")
                .parsed().readings()).extracting(Reading::powerW).containsExactly(1.0, 2.0);
    }

    @Test
    void numericStringsAreNotNumbers() {
        assertThat(telemetry("{\"active_power\":\"120\"}").parsed().rejections()).singleElement().asString().contains("expected a number");
    }
}
