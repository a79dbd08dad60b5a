package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(PlatformExtension.class)
class MqttIngestIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void flatObjectEnvelopeAndBatchAreAllStored(Platform platform) throws Exception {
        String device = platform.newDevice("forms");
        long ts = System.currentTimeMillis() - 60_000;
        String topic = "devices/" + device + "/readings";
        platform.publish(topic, "{\"ts\":" + ts + ",\"power\":230.5,\"voltage\":231.2,\"current\":1.02,\"energy\":1234,\"temperature\":21.5}");
        platform.publish(topic, "{\"ts\":" + (ts + 1000) + ",\"values\":{\"power\":100.0,\"energy\":1235}}");
        platform.publish(topic, "[{\"ts\":" + (ts + 2000) + ",\"power\":1},{\"ts\":" + (ts + 3000) + ",\"values\":{\"power\":2}}]");

        assertThat(platform.awaitReadings(device, 4, WAIT)).isEqualTo(4);
        JsonArray readings = Platform.array(platform.get("/api/v1/devices/" + device + "/readings?from=" + ts + "&to=" + (ts + 10_000)));
        JsonObject first = readings.getJsonObject(0);
        assertThat(first.getJsonNumber("ts_ms").longValue()).isEqualTo(ts);
        assertThat(first.getJsonNumber("voltage").doubleValue()).isEqualTo(231.2);
        assertThat(first.getJsonNumber("temperature").doubleValue()).isEqualTo(21.5);
        assertThat(readings.getJsonObject(1).getJsonNumber("energy").doubleValue()).isEqualTo(1235.0);
        assertThat(readings.getJsonObject(3).getJsonNumber("power").doubleValue()).isEqualTo(2.0);
    }

    @Test
    void mosquittoPubReadingIsVisibleThroughTheApi(Platform platform) throws Exception {
        String device = platform.newDevice("mosquitto");
        Process pub = new ProcessBuilder("mosquitto_pub", "-h", "127.0.0.1", "-p", Integer.toString(platform.running().mqttPort),
                "-u", device, "-P", platform.mqttSecret(device),
                "-q", "1", "-t", "devices/" + device + "/readings", "-m", "{\"power\":230.5,\"energy\":1234}")
                .inheritIO().start();
        assertThat(pub.waitFor()).isZero();
        long published = System.nanoTime();
        assertThat(platform.awaitReadings(device, 1, WAIT)).isEqualTo(1);
        System.out.printf("mosquitto_pub -> stored: %d ms%n", (System.nanoTime() - published) / 1_000_000);
        JsonObject latest = Platform.object(platform.get("/api/v1/devices/" + device)).getJsonObject("latest_reading");
        assertThat(latest.getJsonNumber("power").doubleValue()).isEqualTo(230.5);
        assertThat(latest.getJsonNumber("energy").doubleValue()).isEqualTo(1234.0);
    }

    @Test
    void readingWithoutTimestampGetsTheBrokersReceiveTime(Platform platform) throws Exception {
        String device = platform.newDevice("no-ts");
        long before = System.currentTimeMillis();
        platform.publish("devices/" + device + "/readings", "{\"power\":42}");
        assertThat(platform.awaitReadings(device, 1, WAIT)).isEqualTo(1);
        long stored = platform.queryLong("SELECT r.ts FROM reading r JOIN device d ON d.id = r.device_id WHERE d.device_id = ?", device);
        assertThat(stored).isBetween(before - 1_000, System.currentTimeMillis());
    }

    @Test
    void redeliveredMessageDoesNotDuplicateRows(Platform platform) throws Exception {
        String device = platform.newDevice("dup");
        long ts = System.currentTimeMillis() - 5_000;
        String payload = "{\"ts\":" + ts + ",\"power\":10}";
        for (int i = 0; i < 3; i++) {
            platform.publish("devices/" + device + "/readings", payload);
        }
        platform.publish("devices/" + device + "/readings", "{\"ts\":" + (ts + 1) + ",\"power\":11}");
        assertThat(platform.awaitReadings(device, 2, WAIT)).isEqualTo(2);
        platform.publishMarkerAndAwait(device, ts + 2, WAIT);
        assertThat(platform.readingCount(device)).as("the two readings and the marker").isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON      | not json                          | malformed JSON",
        "wrong type          | {\"power\":\"abc\"}               | power: expected a number",
        "NaN                 | {\"voltage\":NaN}                 | malformed JSON",
        "out of range        | {\"power\":5e9}                   | outside",
        "far future          | {\"ts\":4102444800000,\"power\":1} | in the future",
        "before 1970         | {\"ts\":-5,\"power\":1}           | ts",
        "older than retention| {\"ts\":1000,\"power\":1}         | retention",
        "no known values     | {\"colour\":\"red\"}              | no known values",
    })
    void badPayloadIsRejectedWithItsReasonAndThePipelineKeepsWorking(String kind, String payload, String reason, Platform platform)
            throws Exception {
        String device = platform.newDevice("bad");
        platform.publish("devices/" + device + "/readings", payload);
        assertThat(platform.awaitRejections(device, WAIT)).singleElement().asString().contains(reason);

        platform.publish("devices/" + device + "/readings", "{\"power\":1.5}");
        assertThat(platform.awaitReadings(device, 1, WAIT)).isEqualTo(1);
    }

    @Test
    void oversizePayloadIsRejectedWithoutBeingStored(Platform platform) throws Exception {
        String device = platform.newDevice("big");
        byte[] payload = new byte[300 * 1024];
        java.util.Arrays.fill(payload, (byte) ' ');
        payload[0] = '[';
        payload[payload.length - 1] = ']';
        platform.publish("devices/" + device + "/readings", payload, 1);
        assertThat(platform.awaitRejections(device, WAIT)).singleElement().asString().contains("exceeds the limit");
    }

    @Test
    void oddTopicOfTheDevicesOwnIsRecordedAsRejected(Platform platform) throws Exception {
        String device = platform.newDevice("odd");
        platform.publish("devices/" + device + "/status", "{\"power\":1}");
        assertThat(platform.awaitRejections("devices/" + device + "/status", WAIT)).first().asString().contains("topic must be");
    }

    @Test
    void brokerRefusesUnknownDevicesAndTopicsOutsideTheDevicesOwn(Platform platform) throws Exception {
        assertThatThrownBy(() -> DeviceConnections.connect(platform.mqttUrl(), "never-registered-xyz", "guess"))
                .isInstanceOf(MqttException.class);
        String device = platform.newDevice("escape");
        // a '.' in a topic level arrives escaped ("devices.<id>\.x.readings"): not under the device's own addresses
        String odd = "devices/" + device + ".x/readings";
        MqttClient client = DeviceConnections.connect(platform.mqttUrl(), device, platform.mqttSecret(device));
        try {
            assertThatThrownBy(() -> client.publish(odd, "{\"power\":1}".getBytes(StandardCharsets.UTF_8), 1, false))
                    .isInstanceOf(MqttException.class);
        } finally {
            DeviceConnections.release(client);
        }
        // the marker: a topic of the device's own that the platform records as refused, as it would the odd one
        String marker = "devices/" + device + "/status";
        platform.publish(marker, "{\"power\":1}");
        assertThat(platform.awaitRejections(marker, WAIT)).first().asString().contains("topic must be");
        assertThat(platform.rejections(odd)).isEmpty();
    }

    @Test
    void batchKeepsValidReadingsAndRecordsTheBadOnesByIndex(Platform platform) throws Exception {
        String device = platform.newDevice("mixed");
        long ts = System.currentTimeMillis() - 10_000;
        platform.publish("devices/" + device + "/readings",
                "[{\"ts\":" + ts + ",\"power\":1},{\"ts\":" + (ts + 1) + ",\"power\":\"x\"},{\"ts\":" + (ts + 2) + ",\"power\":3}]");
        assertThat(platform.awaitReadings(device, 2, WAIT)).isEqualTo(2);
        assertThat(platform.awaitRejections(device, WAIT)).singleElement().asString().startsWith("[1] power");
    }

    @Test
    void tenThousandReadingsFromTenDevicesGiveExactlyTenThousandRows(Platform platform) throws Exception {
        String[] devices = new String[10];
        for (int d = 0; d < devices.length; d++) {
            devices[d] = platform.newDevice("bulk");
        }
        long start = System.currentTimeMillis() - 3_600_000;
        for (int i = 0; i < 1_000; i++) {
            for (String device : devices) {
                platform.publish("devices/" + device + "/readings", "{\"ts\":" + (start + i * 1000L) + ",\"power\":" + i + "}");
            }
        }
        long total = 0;
        for (String device : devices) {
            total += platform.awaitReadings(device, 1_000, Duration.ofMinutes(2));
        }
        assertThat(total).isEqualTo(10_000);
    }
}
