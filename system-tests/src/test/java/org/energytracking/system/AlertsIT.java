package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A meter that goes silent: one offline alert and one email, a reminder on the rule's schedule, then a
 * back-online email and a resolved alert once it reports again; silent again within ten minutes, the same alert
 * reopens, stays open until the next reading and says "back online" a second time. The platform checks every 2 s
 * (the suite's ALERTS_CHECK_INTERVAL_SECONDS); the rule allows a minute of silence, the shortest a rule takes.
 */
@ExtendWith(PlatformExtension.class)
class AlertsIT {

    @Test
    void aSilentDeviceGivesOneOfflineEmailAReminderAndABackOnlineEmailEachTimeItFallsSilent(Platform platform) {
        TestUser user = platform.newUser("alerts");
        JsonArray defaults = Platform.array(user.api().get("/api/v1/alert-rules"));
        assertThat(defaults.stream().map(rule -> rule.asJsonObject().getString("type")))
                .as("a new account's default rules").containsExactly("offline", "anomaly", "base_load");
        JsonObject preset = defaults.getJsonObject(0);
        // the site-wide default would also fire after 5 minutes of silence: this test watches its own rule only
        HttpResponse<String> disabled = user.api().put("/api/v1/alert-rules/" + preset.getInt("id"), "{\"name\":\"" + preset.getString("name")
                + "\",\"type\":\"offline\",\"site_id\":" + preset.getInt("site_id") + ",\"enabled\":false}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

        String device = platform.newDevice(user.api(), "silent");
        HttpResponse<String> created = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Kitchen plug silent\",\"type\":\"offline\","
                + "\"device_id\":\"" + device + "\",\"severity\":\"warning\",\"params\":{\"after_minutes\":1,\"remind_every_minutes\":1}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long rule = Platform.object(created).getJsonNumber("id").longValue();

        platform.publish("devices/" + device + "/readings", "{\"power\":12.5}");
        platform.awaitReadings(device, 1, Duration.ofSeconds(30));
        long lastReading = System.currentTimeMillis();
        JsonObject alert = await("an open offline alert for " + device).atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
                .until(() -> alerts(user, "?state=open&device_id=" + device), list -> list.size() == 1).get(0);
        long alerted = System.currentTimeMillis();
        assertThat(alert.getString("type")).isEqualTo("offline");
        assertThat(alert.getJsonNumber("rule_id").longValue()).isEqualTo(rule);
        assertThat(alert.getString("message")).startsWith("Test " + device + ": no reading since ");

        String offline = platform.mailbox().awaitLatestTo(user.email(), "no reading since", Duration.ofSeconds(60));
        System.out.printf("Offline alert seen %d s after the last reading (the rule allows 60 s), its email %d s after%n",
                (alerted - lastReading) / 1000, (System.currentTimeMillis() - lastReading) / 1000);
        assertThat(offline).contains("Test " + device + ": offline", "/app/alerts?alert=" + alert.getInt("id"), "/api/v1/notifications/unsubscribe?token=");
        platform.mailbox().awaitCountTo(user.email(), "no reading since", 2, Duration.ofSeconds(150));

        platform.publish("devices/" + device + "/readings", "{\"power\":13.5}");
        JsonObject resolved = await("the offline alert of " + device + " resolved by itself").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> alerts(user, "?state=resolved&device_id=" + device), list -> list.size() == 1).get(0);
        assertThat(resolved.getInt("id")).isEqualTo(alert.getInt("id"));
        String back = platform.mailbox().awaitLatestTo(user.email(), "back online", Duration.ofSeconds(60));
        assertThat(back).contains("Test " + device + ": back online");
        assertThat(platform.mailbox().countTo(user.email(), "no reading since")).as("one offline email and one reminder").isEqualTo(2);
        assertThat(alerts(user, "?device_id=" + device)).as("the same alert throughout").hasSize(1);

        await("the offline alert of " + device + " reopened by a second silence").atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(1)).until(() -> alerts(user, "?state=open&device_id=" + device), list -> list.size() == 1);
        // reopened but still judged against the first silence, it used to resolve and reopen every check, an email each time
        await("the reopened alert of " + device + " open over three checks").during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500)).until(() -> alerts(user, "?state=open&device_id=" + device), list -> list.size() == 1);
        platform.mailbox().awaitCountTo(user.email(), "no reading since", 3, Duration.ofSeconds(60));
        platform.publish("devices/" + device + "/readings", "{\"power\":14.5}");
        platform.mailbox().awaitCountTo(user.email(), "back online", 2, Duration.ofSeconds(60));
        assertThat(alerts(user, "?state=resolved&device_id=" + device)).as("the second episode resolved too").hasSize(1);
        assertThat(platform.mailbox().countTo(user.email(), "back online")).as("one back-online email per episode").isEqualTo(2);
    }

    @Test
    void aThresholdHeldOverManyReadingsIsOneAlertThatResolvesAndReopensWhenItFlaps(Platform platform) {
        TestUser user = platform.newUser("threshold");
        String device = platform.newDevice(user.api(), "heater");
        HttpResponse<String> created = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Heater left on\",\"type\":\"threshold\","
                + "\"device_id\":\"" + device + "\",\"severity\":\"critical\",\"params\":{\"quantity\":\"power\",\"above\":2000,\"for_minutes\":1}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // readings timed from now on, 30 s apart, as a meter sends them (a batch, so the test need not wait for the clock)
        long start = System.currentTimeMillis() + 1_000;
        publishPower(platform, device, start, 2100, 2450, 2300, 2200);
        JsonObject alert = await("one open threshold alert for " + device).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> alerts(user, "?state=open&device_id=" + device), list -> list.size() == 1).get(0);
        assertThat(alert.getString("severity")).isEqualTo("critical");
        assertThat(alert.getString("message")).startsWith("Test " + device + ": power above 2,000 W").endsWith("(max 2,450 W)");
        platform.mailbox().awaitLatestTo(user.email(), "power above 2,000 W", Duration.ofSeconds(60));

        publishPower(platform, device, start + 120_000, 300, 250, 280);
        await("the threshold alert of " + device + " resolved once clear for a minute").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> alerts(user, "?state=resolved&device_id=" + device), list -> list.size() == 1);
        publishPower(platform, device, start + 210_000, 2600, 2700, 2650);
        JsonObject reopened = await("the same alert reopened by the next breach").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> alerts(user, "?state=open&device_id=" + device), list -> list.size() == 1).get(0);
        assertThat(reopened.getInt("id")).isEqualTo(alert.getInt("id"));
        assertThat(alerts(user, "?device_id=" + device)).as("one alert for the whole episode, not one per reading").hasSize(1);
        String hourAgo = java.time.Instant.now().minus(Duration.ofHours(1)).toString();
        assertThat(alerts(user, "?device_id=" + device + "&severity=critical&from=" + hourAgo)).hasSize(1);
        assertThat(alerts(user, "?device_id=" + device + "&to=" + hourAgo)).as("none opened before an hour ago").isEmpty();
        assertThat(alerts(user, "?device_id=" + device + "&severity=info")).isEmpty();
        platform.mailbox().awaitCountTo(user.email(), "power above 2,000 W", 3, Duration.ofSeconds(60));
    }

    private static void publishPower(Platform platform, String device, long firstTs, int... watts) {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < watts.length; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"ts\":").append(firstTs + 30_000L * i).append(",\"power\":").append(watts[i]).append('}');
        }
        platform.publish("devices/" + device + "/readings", batch.append(']').toString());
    }

    @Test
    void anotherUsersRulesAndAlertsDoNotExist(Platform platform) {
        TestUser owner = platform.newUser("alerts-owner");
        TestUser stranger = platform.newUser("alerts-stranger");
        long rule = Platform.array(owner.api().get("/api/v1/alert-rules")).getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(stranger.api().get("/api/v1/alert-rules/" + rule).statusCode()).isEqualTo(404);
        assertThat(stranger.api().delete("/api/v1/alert-rules/" + rule).statusCode()).isEqualTo(404);
        assertThat(Platform.array(stranger.api().get("/api/v1/alert-rules")).stream().map(JsonObject.class::cast)
                .map(r -> r.getJsonNumber("id").longValue()).toList()).doesNotContain(rule);
        String device = platform.newDevice(owner.api(), "private");
        HttpResponse<String> refused = stranger.api().postJson("/api/v1/alert-rules",
                "{\"name\":\"spy\",\"type\":\"offline\",\"device_id\":\"" + device + "\"}");
        assertThat(refused.statusCode()).isEqualTo(404);
        HttpResponse<String> bad = owner.api().postJson("/api/v1/alert-rules",
                "{\"name\":\"hot\",\"type\":\"threshold\",\"device_id\":\"" + device + "\",\"params\":{\"quantity\":\"power\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Platform.object(bad).getString("field")).isEqualTo("params.above");
    }

    private static List<JsonObject> alerts(TestUser user, String query) {
        return Platform.array(user.api().get("/api/v1/alerts" + query)).stream().map(JsonObject.class::cast).toList();
    }
}
