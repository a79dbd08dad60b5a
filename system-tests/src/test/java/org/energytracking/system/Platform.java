package org.energytracking.system;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What a test talks to: the API over HTTP, the broker over MQTT (Paho), the database over JDBC. */
public final class Platform implements ExtensionContext.Store.CloseableResource {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    private final RunningPlatform running;
    private final Mailbox mailbox;
    private final ApiClient admin;
    private final Map<String, String> mqttSecrets = new ConcurrentHashMap<>();
    private DeviceConnections devices;
    private String adminToken;
    private long adminTokenAt;

    Platform(RunningPlatform running, Mailbox mailbox) {
        this.running = running;
        this.mailbox = mailbox;
        this.admin = new ApiClient(running.httpUrl(), this::adminToken);
    }

    /** Signs the administrator in again well before the access token expires (15 minutes). */
    private synchronized String adminToken() {
        if (adminToken == null || System.nanoTime() - adminTokenAt > Duration.ofMinutes(5).toNanos()) {
            adminToken = ApiClient.login(running.httpUrl(), RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD)
                    .getString("access_token");
            adminTokenAt = System.nanoTime();
        }
        return adminToken;
    }

    RunningPlatform running() {
        return running;
    }

    String mqttUrl() {
        return running.mqttUrl();
    }

    // --- HTTP -------------------------------------------------------------------------------

    /** The API as the suite's administrator sees it. */
    ApiClient admin() {
        return admin;
    }

    /** The API without any token. */
    ApiClient anonymous() {
        return ApiClient.anonymous(running.httpUrl());
    }

    Mailbox mailbox() {
        return mailbox;
    }

    HttpResponse<String> get(String path) {
        return admin.get(path);
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return admin.post(path, contentType, body);
    }

    HttpResponse<String> put(String path, String body) {
        return admin.put(path, body);
    }

    HttpResponse<String> delete(String path) {
        return admin.delete(path);
    }

    static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** Registers a device with a fresh id as the administrator, keeps its MQTT password, and returns the id. */
    String newDevice(String prefix) {
        return newDevice(admin, prefix);
    }

    /** Registers a device with a fresh id as that account (on its personal site). */
    String newDevice(ApiClient owner, String prefix) {
        String id = prefix + "-" + SEQUENCE.incrementAndGet();
        HttpResponse<String> created = owner.postJson("/api/v1/devices",
                "{\"device_id\":\"" + id + "\",\"name\":\"Test " + id + "\",\"type\":\"plug\",\"timezone\":\"Europe/Berlin\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not register " + id + ": " + created.body());
        }
        mqttSecrets.put(id, object(created).getJsonObject("mqtt").getString("password"));
        return id;
    }

    /** The MQTT secret the platform gave a device this suite registered. */
    String mqttSecret(String deviceId) {
        String secret = mqttSecrets.get(deviceId);
        if (secret == null) {
            throw new IllegalStateException("no MQTT secret known for " + deviceId + ": register it with newDevice");
        }
        return secret;
    }

    /** Registers a new account (as the seed's client does), signs it in, and returns it with its API. */
    TestUser newUser(String prefix) {
        String email = prefix + "-" + SEQUENCE.incrementAndGet() + "@it.test";
        String password = "TestPass123";
        HttpResponse<String> registered = anonymous().postJson("/api/v1/auth/register", "{\"email\":\"" + email
                + "\",\"password\":\"" + password + "\",\"first_name\":\"Test\",\"last_name\":\"" + prefix + "\"}");
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("could not register " + email + ": " + registered.body());
        }
        JsonObject tokens = ApiClient.login(running.httpUrl(), email, password);
        ApiClient api = anonymous().withToken(tokens.getString("access_token"));
        return new TestUser(email, password, object(api.get("/api/v1/users/me")).getJsonNumber("id").longValue(), tokens, api);
    }

    /** An account of the suite: its credentials, the tokens of its sign-in, and the API as it sees it. */
    record TestUser(String email, String password, long id, JsonObject tokens, ApiClient api) {
    }

    // --- MQTT -------------------------------------------------------------------------------

    /** Publishes as the device the topic names, with its secret (one connection per device, kept). */
    synchronized void publish(String topic, byte[] payload, int qos) {
        if (devices == null) {
            devices = new DeviceConnections(running.mqttUrl(), this::mqttSecret);
        }
        devices.publish(topic, payload, qos);
    }

    void publish(String topic, String payload) {
        publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1);
    }

    // --- Database ---------------------------------------------------------------------------

    Connection database() throws SQLException, IOException {
        Properties endpoints = running.endpoints();
        return DriverManager.getConnection(endpoints.getProperty("db.url"), endpoints.getProperty("db.user"),
                endpoints.getProperty("db.password"));
    }

    long readingCount(String deviceId) {
        return queryLong("SELECT COUNT(*) FROM reading r JOIN device d ON d.id = r.device_id WHERE d.device_id = ?", deviceId);
    }

    /** Waits until the device has at least {@code expected} readings, and returns how many it has then. */
    long awaitReadings(String deviceId, long expected, Duration timeout) {
        return await(expected + " readings of " + deviceId + " stored").atMost(timeout).pollInterval(POLL)
                .until(() -> readingCount(deviceId), count -> count >= expected);
    }

    /**
     * Publishes a marker reading at {@code ts} after the messages under test and waits until it is stored, so a
     * test can then count what those messages left instead of sleeping first. The broker hands messages to the
     * listener in the order they were published; its sessions store them in parallel.
     */
    void publishMarkerAndAwait(String deviceId, long ts, Duration timeout) {
        publish("devices/" + deviceId + "/readings", "{\"ts\":" + ts + ",\"power\":0.5}");
        await("the marker reading of " + deviceId + " at " + ts + " stored").atMost(timeout).pollInterval(POLL)
                .until(() -> queryLong("SELECT COUNT(*) FROM reading r JOIN device d ON d.id = r.device_id"
                        + " WHERE d.device_id = ? AND r.ts = ?", deviceId, ts) == 1);
    }

    /** The reasons recorded in rejected_message for a device id (or topic), waiting for at least one. */
    List<String> awaitRejections(String deviceIdOrTopic, Duration timeout) {
        return await("a rejection recorded for " + deviceIdOrTopic).atMost(timeout).pollInterval(POLL)
                .until(() -> rejections(deviceIdOrTopic), reasons -> !reasons.isEmpty());
    }

    List<String> rejections(String deviceIdOrTopic) {
        try (Connection connection = database();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT reason FROM rejected_message WHERE device_id = ? OR topic = ? ORDER BY id")) {
            select.setString(1, deviceIdOrTopic);
            select.setString(2, deviceIdOrTopic);
            List<String> reasons = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reasons.add(rows.getString(1));
                }
            }
            return reasons;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    long queryLong(String sql, Object... parameters) {
        try (Connection connection = database(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (devices != null) {
            devices.close();
        }
        running.stop();
        mailbox.close();
    }
}
