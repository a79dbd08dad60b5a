package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceApiTest {

    private HttpServer server;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private DeviceApi api;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/devices", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonObject device = Json.createReader(new StringReader(body)).readObject();
            String id = device.getString("device_id");
            int status = id.contains("bad") ? 400 : known.add(id) ? 201 : 409;
            byte[] answer = status == 400
                    ? "{\"error\":\"invalid\",\"field\":\"device_id\",\"status\":400}".getBytes(StandardCharsets.UTF_8)
                    : body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        api = new DeviceApi("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static DeviceApi.NewDevice device(String id) {
        return new DeviceApi.NewDevice(id, "Simulated plug", "plug", "lab", "Europe/Berlin");
    }

    @Test
    void registersNewDevicesAndSkipsExistingOnes() throws Exception {
        known.add("sim-2");
        DeviceApi.Registered registered = api.registerAll(List.of(device("sim-1"), device("sim-2"), device("sim-3")));
        assertThat(registered).isEqualTo(new DeviceApi.Registered(2, 1));
        assertThat(known).containsExactlyInAnyOrder("sim-1", "sim-2", "sim-3");
    }

    @Test
    void reportsRejectedDevices() {
        assertThatThrownBy(() -> api.registerAll(List.of(device("sim-1"), device("bad"))))
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
