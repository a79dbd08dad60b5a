package org.energytracking.simulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The platform's HTTP API, as far as the simulator needs it: log in as an administrator, register devices
 * and get their MQTT logins. All requests are built in {@link #request}.
 */
final class DeviceApi {

    record NewDevice(String deviceId, String name, String type, String location, String timezone) {
    }

    /** How many devices were created and how many existed already (HTTP 409), and every device's MQTT login. */
    record Registered(int created, int existing, Map<String, ApiAnswers.MqttLogin> logins) {
    }

    private record Registration(boolean created, ApiAnswers.MqttLogin login) {
    }

    private static final int PARALLEL_REQUESTS = 8;
    private static final int MAX_RATE_LIMIT_WAITS = 60;

    private final String baseUrl;
    private final HttpClient http;
    private final AtomicLong rateLimitWaits = new AtomicLong();
    private final AtomicInteger registered = new AtomicInteger();
    private String accessToken;

    DeviceApi(String baseUrl) {
        this.baseUrl = baseUrl;
        // HTTP/1.1 from the start: by default the client first asks for an h2c upgrade, body included, and
        // twice right after a start Payara stalled reading such request bodies until the 30 s timeout
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** POST /api/v1/auth/login; later requests carry the access token. */
    DeviceApi login(String email, String password) throws IOException, InterruptedException {
        if (password.isEmpty()) {
            throw new IOException("no password for " + email + ": give --email/--password, set ENERGY_EMAIL/ENERGY_PASSWORD,"
                    + " or run where DATA_DIR/endpoints.properties has admin.password");
        }
        HttpResponse<String> response = send(request("/api/v1/auth/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":" + quote(email) + ",\"password\":" + quote(password) + "}")));
        if (response.statusCode() != 200) {
            throw new IOException("login as " + email + " failed: HTTP " + response.statusCode() + " " + response.body());
        }
        accessToken = ApiAnswers.accessToken(response.body());
        return this;
    }

    /** Registers the devices ({@value #PARALLEL_REQUESTS} requests at a time); 409 counts as existing. */
    Registered registerAll(List<NewDevice> devices) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL_REQUESTS, devices.size())));
        registered.set(0);
        try (Progress progress = Progress.everySecond(() -> "registered " + registered.get() + "/" + devices.size() + " devices"
                + (rateLimitWaits.get() > 0 ? ", waited out the API's rate limit " + rateLimitWaits.get() + " times" : ""))) {
            List<Future<Registration>> results = new ArrayList<>();
            for (NewDevice device : devices) {
                results.add(pool.submit(() -> register(device)));
            }
            int created = 0;
            Map<String, ApiAnswers.MqttLogin> logins = new LinkedHashMap<>();
            for (int i = 0; i < devices.size(); i++) {
                Registration registration = results.get(i).get();
                created += registration.created() ? 1 : 0;
                logins.put(devices.get(i).deviceId(), registration.login());
            }
            return new Registered(created, devices.size() - created, logins);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** POST /api/v1/devices; a device that exists already (409) gets a new MQTT secret instead. */
    private Registration register(NewDevice device) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/api/v1/devices")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(device))));
        return switch (response.statusCode()) {
            case 200, 201 -> {
                registered.incrementAndGet();
                yield new Registration(true, ApiAnswers.registeredLogin(response.body()));
            }
            case 409 -> {
                Registration existing = new Registration(false, newMqttLogin(device.deviceId()));
                registered.incrementAndGet();
                yield existing;
            }
            default -> throw new IOException("registering " + device.deviceId() + ": HTTP " + response.statusCode()
                    + " " + response.body());
        };
    }

    /** POST /api/v1/devices/{id}/readings as CSV; answers the HTTP status and body. */
    HttpResponse<String> importCsv(String deviceId, String csv) throws IOException, InterruptedException {
        return send(request("/api/v1/devices/" + deviceId + "/readings").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    /** POST /api/v1/devices/{id}/readings as a JSON array (the MQTT batch form). */
    HttpResponse<String> importJson(String deviceId, byte[] json) throws IOException, InterruptedException {
        return send(request("/api/v1/devices/" + deviceId + "/readings").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    /** GET of an API path with the signed-in token. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** POST /api/v1/alert-rules: a threshold rule "power above {@code watts}" on the device, judged on every reading. */
    void createThresholdRule(String deviceId, int watts) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/api/v1/alert-rules").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":" + quote("Benchmark " + deviceId) + ",\"type\":\"threshold\","
                        + "\"device_id\":" + quote(deviceId) + ",\"params\":{\"quantity\":\"power\",\"above\":" + watts + "}}")));
        if (response.statusCode() != 201) {
            throw new IOException("threshold rule for " + deviceId + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    /** POST of a JSON body with the signed-in token. */
    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST /api/v1/devices/{id}/mqtt-credentials: a new secret; the old one stops working. */
    ApiAnswers.MqttLogin newMqttLogin(String deviceId) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/api/v1/devices/" + deviceId + "/mqtt-credentials")
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new IOException("new MQTT credentials for " + deviceId + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        return ApiAnswers.newLogin(response.body());
    }

    /** Honours the platform's rate limit: a 429 is retried after its Retry-After, for at most {@value #MAX_RATE_LIMIT_WAITS} waits. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        for (int waits = 0; ; waits++) {
            HttpResponse<String> response = sendOnce(built);
            if (response.statusCode() != 429 || waits == MAX_RATE_LIMIT_WAITS) {
                return response;
            }
            Duration wait = RetryAfter.of(response.headers().firstValue("Retry-After"));
            rateLimitWaits.incrementAndGet();
            Thread.sleep(wait.toMillis());
        }
    }

    private HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IOException("platform HTTP API not reachable at " + baseUrl, e);
        }
    }

    /** How often a request waited out the platform's rate limit so far. */
    long rateLimitWaits() {
        return rateLimitWaits.get();
    }

    /** The one place where requests are built. */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return accessToken == null ? request : request.header("Authorization", "Bearer " + accessToken);
    }

    static String toJson(NewDevice d) {
        return "{\"device_id\":" + quote(d.deviceId()) + ",\"name\":" + quote(d.name()) + ",\"type\":" + quote(d.type())
                + ",\"location\":" + quote(d.location()) + ",\"timezone\":" + quote(d.timezone()) + "}";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
