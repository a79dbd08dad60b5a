package org.energytracking.system;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.energytracking.system.Platform.TestUser;

/**
 * A device of a vendor family as a new user would set it up: registered through the API with its protocol,
 * fed with {@code mosquitto_pub} and the credentials the API showed once, read back through the API.
 */
record FamilyDevice(TestUser owner, String id, String password, String accessToken, String mqttUrl) {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    static final Duration WAIT = Duration.ofSeconds(60);

    static FamilyDevice register(Platform platform, TestUser owner, String protocol, String timezone, String extraJson) {
        String id = protocol.replace("-", "") + "-" + SEQUENCE.incrementAndGet();
        var created = owner.api().postJson("/api/v1/devices", "{\"device_id\":\"" + id + "\",\"name\":\"" + protocol + " " + id
                + "\",\"protocol\":\"" + protocol + "\",\"timezone\":\"" + timezone + "\"" + extraJson + "}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not register " + id + ": " + created.body());
        }
        JsonObject mqtt = Platform.object(created).getJsonObject("mqtt");
        return new FamilyDevice(owner, id, mqtt.getString("password"), mqtt.getString("access_token"), platform.mqttUrl());
    }

    /** Publishes at QoS 1 as this device with its id and secret, as the vendor's firmware would. */
    void publish(String topic, String payload) {
        mosquittoPub(List.of("-u", id, "-P", password), topic, payload);
    }

    /** Publishes with the access token as user name and no password, as ThingsBoard firmware does. */
    void publishWithToken(String topic, String payload) {
        mosquittoPub(List.of("-u", accessToken), topic, payload);
    }

    private void mosquittoPub(List<String> login, String topic, String payload) {
        URI broker = URI.create(mqttUrl);
        List<String> command = new ArrayList<>(List.of("mosquitto_pub", "-h", broker.getHost(), "-p", Integer.toString(broker.getPort()),
                "-q", "1", "-i", id + "-" + System.nanoTime()));
        command.addAll(login);
        command.addAll(List.of("-t", topic, "-m", payload));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("mosquitto_pub to " + topic + " failed: " + new String(process.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run mosquitto_pub", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonObject details() {
        return Platform.object(owner.api().get("/api/v1/devices/" + id));
    }

    /** The stored readings between two ISO instants, waiting until there are at least {@code count}. */
    JsonArray awaitReadings(String from, String to, int count) {
        String path = "/api/v1/devices/" + id + "/readings?from=" + from + "&to=" + to;
        return await(count + " readings of " + id + " through " + path).atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> Platform.array(owner.api().get(path)), readings -> readings.size() >= count);
    }

    void awaitOnline(boolean online) {
        await(id + (online ? " online" : " offline")).atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> details().getBoolean("online") == online);
    }
}
