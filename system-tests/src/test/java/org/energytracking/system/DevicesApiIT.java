package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(PlatformExtension.class)
class DevicesApiIT {

    @Test
    void deviceCanBeRegisteredReadChangedAndDeleted(Platform platform) {
        String id = "crud-" + System.nanoTime();
        HttpResponse<String> created = platform.post("/api/v1/devices", "application/json",
                "{\"device_id\":\"" + id + "\",\"name\":\"Boiler\",\"type\":\"meter\",\"location\":\"cellar\",\"timezone\":\"Europe/Paris\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/devices/" + id));

        JsonObject found = Platform.object(platform.get("/api/v1/devices/" + id));
        assertThat(found.getString("name")).isEqualTo("Boiler");
        assertThat(found.getString("timezone")).isEqualTo("Europe/Paris");
        assertThat(found.containsKey("last_seen_at")).isFalse();

        HttpResponse<String> updated = platform.put("/api/v1/devices/" + id, "{\"name\":\"Heat pump\",\"timezone\":\"UTC\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(Platform.object(updated).getString("name")).isEqualTo("Heat pump");
        assertThat(Platform.array(platform.get("/api/v1/devices?limit=1000")).stream()
                .map(d -> d.asJsonObject().getString("device_id"))).contains(id);

        assertThat(platform.delete("/api/v1/devices/" + id).statusCode()).isEqualTo(204);
        assertThat(platform.get("/api/v1/devices/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void deviceShowsWhenItWasLastSeenAndItsLatestReading(Platform platform) throws Exception {
        String id = platform.newDevice("seen");
        platform.publish("devices/" + id + "/readings", "{\"power\":230.5,\"energy\":1234}");
        platform.awaitReadings(id, 1, java.time.Duration.ofSeconds(30));
        JsonObject device = Platform.object(platform.get("/api/v1/devices/" + id));
        assertThat(device.getString("last_seen_at")).isNotBlank();
        assertThat(device.getJsonObject("latest_reading").getJsonNumber("power").doubleValue()).isEqualTo(230.5);
        assertThat(device.getJsonObject("latest_reading").getJsonNumber("energy").doubleValue()).isEqualTo(1234.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad id       | {\"device_id\":\"a/b\",\"name\":\"x\"}                          | device_id",
        "missing id   | {\"name\":\"x\"}                                                | device_id",
        "blank name   | {\"device_id\":\"ok-1\",\"name\":\" \"}                         | name",
        "bad timezone | {\"device_id\":\"ok-2\",\"name\":\"x\",\"timezone\":\"Mars/Base\"} | timezone",
        "malformed    | {\"device_id\":                                                 | body",
    })
    void invalidDeviceIsRefusedWithTheFieldNamed(String kind, String body, String field, Platform platform) {
        HttpResponse<String> response = platform.post("/api/v1/devices", "application/json", body);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject error = Platform.object(response);
        assertThat(error.getString("field")).isEqualTo(field);
        assertThat(error.getInt("status")).isEqualTo(400);
        assertThat(error.getString("error")).isNotBlank();
    }

    @Test
    void duplicateIdIsAConflictAndUnknownIdIsNotFound(Platform platform) {
        String id = platform.newDevice("twice");
        HttpResponse<String> again = platform.post("/api/v1/devices", "application/json",
                "{\"device_id\":\"" + id + "\",\"name\":\"again\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Platform.object(again).getString("field")).isEqualTo("device_id");
        HttpResponse<String> missing = platform.get("/api/v1/devices/no-such-device");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Platform.object(missing).getInt("status")).isEqualTo(404);
    }
}
