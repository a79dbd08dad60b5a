package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The broker lets devices in with their own MQTT secret only, and only to their own topics. */
@ExtendWith(PlatformExtension.class)
class MqttCredentialsIT {

    /**
     * How Paho reports a refused CONNECT: the CONNACK code (4 bad user name or password; 5 not authorized, which
     * Artemis sends), or "connection lost" when the broker's close of the connection overtakes its CONNACK.
     */
    private static final Integer[] REFUSED = {(int) MqttException.REASON_CODE_FAILED_AUTHENTICATION,
        (int) MqttException.REASON_CODE_NOT_AUTHORIZED, (int) MqttException.REASON_CODE_CONNECTION_LOST};
    /** broker.xml's security-invalidation-interval is 5 s: logins are remembered that long. */
    private static final Duration CACHE_WINDOW = Duration.ofSeconds(5);

    @Test
    void wrongSecretIsRefused(Platform platform) {
        String device = platform.newDevice("wrong-secret");
        assertThat(connects(platform, device, platform.mqttSecret(device))).isTrue();
        assertRefused(platform, device, platform.mqttSecret(device) + "x");
        assertRefused(platform, device, "");
    }

    @Test
    void anotherDevicesSecretIsRefused(Platform platform) {
        String device = platform.newDevice("own");
        String other = platform.newDevice("other");
        assertRefused(platform, device, platform.mqttSecret(other));
    }

    @Test
    void unknownDeviceAndAnonymousClientAreRefused(Platform platform) {
        assertRefused(platform, "never-registered-" + System.nanoTime(), "any-secret");
        assertRefused(platform, null, null);
    }

    @Test
    void publishingToAnotherDevicesTopicIsRefusedAndNothingIsStoredForIt(Platform platform) throws Exception {
        String intruder = platform.newDevice("intruder");
        String victim = platform.newDevice("victim");
        MqttClient client = DeviceConnections.connect(platform.mqttUrl(), intruder, platform.mqttSecret(intruder));
        try {
            // MQTT 3.1.1 has no negative PUBACK: the broker closes the connection instead
            assertThatThrownBy(() -> client.publish("devices/" + victim + "/readings", bytes("{\"power\":666}"), 1, false))
                    .isInstanceOf(MqttException.class);
        } finally {
            DeviceConnections.release(client);
        }
        // the broker refused the intruder's message before this marker was sent
        platform.publishMarkerAndAwait(victim, System.currentTimeMillis(), Duration.ofSeconds(30));
        assertThat(platform.readingCount(victim)).isEqualTo(1);
        assertThat(platform.queryLong("SELECT COUNT(*) FROM reading r JOIN device d ON d.id = r.device_id"
                + " WHERE d.device_id = ? AND r.power_w = 666", victim)).isZero();
        assertThat(platform.rejections(victim)).isEmpty();
    }

    @Test
    void aDeviceRepeatingAForbiddenPublishLeavesOneCountedLinePerReportNotAStackTraceEach(Platform platform) throws Exception {
        String intruder = platform.newDevice("looping");
        String victim = platform.newDevice("target");
        for (int attempt = 0; attempt < 5; attempt++) {
            MqttClient client = DeviceConnections.connect(platform.mqttUrl(), intruder, platform.mqttSecret(intruder));
            try {
                assertThatThrownBy(() -> client.publish("devices/" + victim + "/readings", bytes("{\"power\":1}"), 1, false))
                        .isInstanceOf(MqttException.class);
            } finally {
                DeviceConnections.release(client);
            }
        }
        Path log = platform.running().dataDir.resolve("launcher.log");
        Pattern counted = Pattern.compile("Broker refused " + intruder + " (\\d+) times? in the last 5 s");
        String report = await("the broker's reports counting " + intruder + "'s five refused publishes in " + log)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.readString(log), text -> refusals(counted, text) >= 5);
        assertThat(report).doesNotContain("User: " + intruder + " does not have permission");
        // five publishes lie in one or two report periods: a counted line each, nothing else about the device
        assertThat(report.lines().filter(line -> line.contains(intruder)))
                .isNotEmpty().hasSizeLessThanOrEqualTo(2).allMatch(line -> counted.matcher(line).find());
    }

    private static int refusals(Pattern counted, String log) {
        Matcher count = counted.matcher(log);
        int sum = 0;
        while (count.find()) {
            sum += Integer.parseInt(count.group(1));
        }
        return sum;
    }

    @Test
    void deviceCannotSubscribeToOtherDevicesReadings(Platform platform) throws Exception {
        String device = platform.newDevice("snoop");
        MqttClient client = DeviceConnections.connect(platform.mqttUrl(), device, platform.mqttSecret(device));
        try {
            assertThatThrownBy(() -> client.subscribe("devices/+/readings", 1)).isInstanceOf(MqttException.class);
        } finally {
            DeviceConnections.release(client);
        }
    }

    @Test
    void rotatedSecretStopsWorkingAndTheNewOneWorksAtOnce(Platform platform) throws Exception {
        String device = platform.newDevice("rotate");
        String old = platform.mqttSecret(device);
        DeviceConnections.release(DeviceConnections.connect(platform.mqttUrl(), device, old));

        var rotated = platform.post("/api/v1/devices/" + device + "/mqtt-credentials", "application/json", "");
        assertThat(rotated.statusCode()).isEqualTo(200);
        String fresh = Platform.object(rotated).getString("password");
        assertThat(Platform.object(rotated).getString("username")).isEqualTo(device);
        assertThat(fresh).isNotEqualTo(old);

        MqttClient client = DeviceConnections.connect(platform.mqttUrl(), device, fresh);
        client.publish("devices/" + device + "/readings", bytes("{\"power\":2}"), 1, false);
        DeviceConnections.release(client);
        assertThat(platform.awaitReadings(device, 1, Duration.ofSeconds(30))).isEqualTo(1);

        await("the old secret no longer lets " + device + " in, once the broker forgot its login")
                .atMost(CACHE_WINDOW.multipliedBy(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> !connects(platform, device, old));
        assertRefused(platform, device, old);
    }

    private static boolean connects(Platform platform, String user, String password) {
        try {
            DeviceConnections.release(DeviceConnections.connect(platform.mqttUrl(), user, password));
            return true;
        } catch (MqttException e) {
            return false;
        }
    }

    private static void assertRefused(Platform platform, String user, String password) {
        assertThatThrownBy(() -> DeviceConnections.release(DeviceConnections.connect(platform.mqttUrl(), user, password)))
                .isInstanceOf(MqttException.class)
                .satisfies(e -> assertThat(((MqttException) e).getReasonCode()).isIn((Object[]) REFUSED));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
