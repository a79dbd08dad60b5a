package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a fake platform that answers as the real one: bearer token required, MQTT logins in the answers. */
class DeviceApiTest {

    private static final String TOKEN = "token-1";
    private HttpServer server;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private DeviceApi api;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/auth/login", exchange -> {
            JsonObject login = json(exchange);
            boolean admin = login.getString("email").equals("admin@energy.local") && login.getString("password").equals("pw");
            answer(exchange, admin ? 200 : 401, admin
                    ? "{\"access_token\":\"" + TOKEN + "\",\"refresh_token\":\"r\",\"token_type\":\"Bearer\",\"expires_in\":900}"
                    : "{\"error\":\"invalid credentials\",\"status\":401}");
        });
        server.createContext("/api/v1/devices", exchange -> {
            if (refusalsLeft.getAndDecrement() > 0) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, 429, "{\"error\":\"too many requests\",\"status\":429}");
            } else if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"error\":\"unauthorized\",\"status\":401}");
            } else if (exchange.getRequestURI().getPath().endsWith("/mqtt-credentials")) {
                String id = exchange.getRequestURI().getPath().split("/")[4];
                answer(exchange, 200, "{\"username\":\"" + id + "\",\"password\":\"rotated-" + id + "\"}");
            } else {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = Json.createReader(new StringReader(body)).readObject().getString("device_id");
                int status = id.contains("bad") ? 400 : known.add(id) ? 201 : 409;
                answer(exchange, status, switch (status) {
                    case 201 -> body.replace("}", ",\"mqtt\":{\"username\":\"" + id + "\",\"password\":\"new-" + id + "\"}}");
                    case 409 -> "{\"error\":\"device exists\",\"field\":\"device_id\",\"status\":409}";
                    default -> "{\"error\":\"invalid\",\"field\":\"device_id\",\"status\":400}";
                });
            }
        });
        server.start();
        api = new DeviceApi("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static JsonObject json(HttpExchange exchange) throws IOException {
        return Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))
                .readObject();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static DeviceApi.NewDevice device(String id) {
        return new DeviceApi.NewDevice(id, "Simulated plug", "plug", "lab", "Europe/Berlin");
    }

    @Test
    void registersNewDevicesAndGetsNewSecretsForExistingOnes() throws Exception {
        known.add("sim-2");
        DeviceApi.Registered registered = api.login("admin@energy.local", "pw")
                .registerAll(List.of(device("sim-1"), device("sim-2"), device("sim-3")));
        assertThat(registered.created()).isEqualTo(2);
        assertThat(registered.existing()).isEqualTo(1);
        assertThat(registered.logins()).containsExactly(
                Map.entry("sim-1", new ApiAnswers.MqttLogin("sim-1", "new-sim-1")),
                Map.entry("sim-2", new ApiAnswers.MqttLogin("sim-2", "rotated-sim-2")),
                Map.entry("sim-3", new ApiAnswers.MqttLogin("sim-3", "new-sim-3")));
        assertThat(known).containsExactlyInAnyOrder("sim-1", "sim-2", "sim-3");
    }

    @Test
    void aRateLimitedRegistrationWaitsOutRetryAfterAndGoesOn() throws Exception {
        refusalsLeft.set(2);
        DeviceApi.Registered registered = api.login("admin@energy.local", "pw")
                .registerAll(List.of(device("sim-1"), device("sim-2"), device("sim-3")));
        assertThat(registered.created()).isEqualTo(3);
        assertThat(api.rateLimitWaits()).isEqualTo(2);
        assertThat(known).containsExactlyInAnyOrder("sim-1", "sim-2", "sim-3");
    }

    @Test
    void wrongOrMissingLoginIsReportedBeforeAnyDeviceIsRegistered() {
        assertThatThrownBy(() -> api.login("admin@energy.local", "wrong"))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 401");
        assertThatThrownBy(() -> api.login("admin@energy.local", ""))
                .isInstanceOf(IOException.class).hasMessageContaining("ENERGY_PASSWORD");
        assertThatThrownBy(() -> api.registerAll(List.of(device("sim-1"))))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 401");
    }

    @Test
    void reportsRejectedDevices() {
        assertThatThrownBy(() -> api.login("admin@energy.local", "pw").registerAll(List.of(device("sim-1"), device("bad"))))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 400").hasMessageContaining("device_id");
    }

    @Test
    void jsonEscapesStrings() {
        String json = DeviceApi.toJson(new DeviceApi.NewDevice("d-1", "Plug \"A\"\\\n", "plug", "lab", "UTC"));
        JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
        assertThat(parsed.getString("name")).isEqualTo("Plug \"A\"\\\n");
        assertThat(parsed.getString("device_id")).isEqualTo("d-1");
        assertThat(parsed.getString("timezone")).isEqualTo("UTC");
    }
}
