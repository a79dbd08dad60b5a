package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's walk-through as a newcomer does it: register, confirm the email, sign in, create a
 * site and a device, publish with mosquitto_pub and the device's own credentials, read the reading
 * back with the token; and nobody else sees any of it.
 */
@ExtendWith(PlatformExtension.class)
class NewcomerIT {

    @Test
    void aNewUserGetsFromRegistrationToTheirFirstReadingAndKeepsItToThemselves(Platform platform) throws Exception {
        String email = "newcomer-" + System.nanoTime() + "@example.com";
        assertThat(AuthIT.register(platform, email, "TestPass123").statusCode()).isEqualTo(201);
        String welcome = platform.mailbox().awaitLatestTo(email, "verify-email", Duration.ofSeconds(30));
        Matcher verify = Pattern.compile("verify-email\\?token=(\\S+)").matcher(welcome);
        assertThat(verify.find()).isTrue();
        assertThat(platform.anonymous().postJson("/api/v1/auth/verify-email", "{\"token\":\"" + verify.group(1) + "\"}")
                .statusCode()).isEqualTo(200);
        assertThat(platform.anonymous().postJson("/api/v1/auth/verify-email", "{\"token\":\"" + verify.group(1) + "\"}")
                .statusCode()).as("the link works once").isEqualTo(400);

        ApiClient me = platform.anonymous().withToken(ApiClient.login(platform.running().httpUrl(), email, "TestPass123")
                .getString("access_token"));
        assertThat(Platform.object(me.get("/api/v1/users/me")).getBoolean("email_verified")).isTrue();
        HttpResponse<String> site = me.postJson("/api/v1/sites", "{\"name\":\"Holiday flat\",\"timezone\":\"Europe/Lisbon\"}");
        assertThat(site.statusCode()).isEqualTo(201);
        long siteId = Platform.object(site).getJsonNumber("id").longValue();

        String device = "newcomer-plug-" + System.nanoTime();
        HttpResponse<String> created = me.postJson("/api/v1/devices", "{\"device_id\":\"" + device
                + "\",\"name\":\"Kitchen plug\",\"type\":\"plug\",\"site_id\":" + siteId + "}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject mqtt = Platform.object(created).getJsonObject("mqtt");
        assertThat(mqtt.getString("username")).isEqualTo(device);
        assertThat(Platform.object(me.get("/api/v1/devices/" + device)).containsKey("mqtt")).as("shown only once").isFalse();

        Process pub = new ProcessBuilder("mosquitto_pub", "-h", "127.0.0.1", "-p", Integer.toString(platform.running().mqttPort),
                "-u", mqtt.getString("username"), "-P", mqtt.getString("password"), "-q", "1",
                "-t", "devices/" + device + "/readings", "-m", "{\"power\":230.5,\"energy\":1234}").inheritIO().start();
        assertThat(pub.waitFor()).isZero();
        assertThat(platform.awaitReadings(device, 1, Duration.ofSeconds(30))).isEqualTo(1);

        var readings = Platform.array(me.get("/api/v1/devices/" + device + "/readings"));
        assertThat(readings).hasSize(1);
        assertThat(readings.getJsonObject(0).getJsonNumber("power").doubleValue()).isEqualTo(230.5);

        Platform.TestUser someoneElse = platform.newUser("someone");
        assertThat(someoneElse.api().get("/api/v1/devices/" + device + "/readings").statusCode()).isEqualTo(404);
        assertThat(someoneElse.api().get("/api/v1/sites/" + siteId).statusCode()).isEqualTo(404);
        assertThat(Platform.array(someoneElse.api().get("/api/v1/devices"))).isEmpty();
    }
}
