package org.energytracking.simulator;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;

/** What the simulator reads from the platform's JSON answers. */
final class ApiAnswers {

    /** A device's MQTT login: user name (its device id) and secret. */
    record MqttLogin(String username, String password) {
        @Override
        public String toString() {
            return "MqttLogin[username=" + username + "]";
        }
    }

    private ApiAnswers() {
    }

    /** {@code access_token} of {@code POST /api/v1/auth/login}. */
    static String accessToken(String loginAnswer) throws IOException {
        return text(parse(loginAnswer), "access_token", "login answer");
    }

    /** The {@code mqtt} object of a 201 from {@code POST /api/v1/devices}. */
    static MqttLogin registeredLogin(String createdDevice) throws IOException {
        JsonObject device = parse(createdDevice);
        if (!(device.get("mqtt") instanceof JsonObject mqtt)) {
            throw new IOException("registered device has no \"mqtt\" credentials in the answer");
        }
        return login(mqtt);
    }

    /** The answer of {@code POST /api/v1/devices/{id}/mqtt-credentials}. */
    static MqttLogin newLogin(String credentials) throws IOException {
        return login(parse(credentials));
    }

    /** The {@code ts_ms} of every reading in an answer of {@code GET /api/v1/devices/{id}/readings}. */
    static long[] readingTimestamps(String readings) throws IOException {
        try {
            return Json.createReader(new StringReader(readings)).readArray().stream()
                    .mapToLong(reading -> reading.asJsonObject().getJsonNumber("ts_ms").longValueExact()).toArray();
        } catch (JsonException | IllegalStateException | ClassCastException | NullPointerException | ArithmeticException e) {
            throw new IOException("not a list of readings: " + abbreviated(readings), e);
        }
    }

    private static MqttLogin login(JsonObject mqtt) throws IOException {
        return new MqttLogin(text(mqtt, "username", "MQTT credentials"), text(mqtt, "password", "MQTT credentials"));
    }

    private static String text(JsonObject object, String field, String what) throws IOException {
        if (!(object.get(field) instanceof JsonString value) || value.getString().isEmpty()) {
            throw new IOException(what + " without \"" + field + "\"");
        }
        return value.getString();
    }

    private static JsonObject parse(String json) throws IOException {
        try {
            return Json.createReader(new StringReader(json)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IOException("not a JSON object: " + abbreviated(json), e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
