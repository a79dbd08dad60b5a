package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Five weeks of a plug's history imported over HTTP with three labelled anomalies: a heater at night ten days
 * ago (two hours), a plug that drew nothing for three hours six days ago, and 2 kWh extra three hours ago. The
 * default rules find exactly those, to the hour; the two old ones are recorded resolved without an email, the
 * recent one opens and emails. A second plug's night-time base load creeps up 40 W in its last week, which
 * is under the floor of an unusual hour (the night's MAD is small, the floor 50 Wh).
 */
@ExtendWith(PlatformExtension.class)
class AnomalyIT {

    @Test
    void importedHistoryGivesItsLabelledAnomaliesToTheHourAndOnlyTheRecentOneEmails(Platform platform) {
        TestUser user = platform.newUser("anomaly");
        String device = platform.newDevice(user.api(), "heater");
        long end = System.currentTimeMillis() / LabelledHistory.HOUR * LabelledHistory.HOUR;
        List<Long> heater = LabelledHistory.localHours(end, 10, 2, 2);
        List<Long> stopped = LabelledHistory.localHours(end, 6, 10, 3);
        long recent = end - 3 * LabelledHistory.HOUR;
        String csv = LabelledHistory.csv(end, 35, hour -> heater.contains(hour) ? LabelledHistory.usualWh(hour) + 1500
                : stopped.contains(hour) ? 0 : hour == recent ? LabelledHistory.usualWh(hour) + 2000 : LabelledHistory.usualWh(hour));

        HttpResponse<String> imported = user.api().post("/api/v1/devices/" + device + "/readings", "text/csv", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        Instant importedAt = Instant.now();

        List<JsonObject> found = await("three anomaly alerts on " + device).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> alerts(user, device, "anomaly"), list -> list.size() >= 3);
        System.out.printf("AnomalyIT: three anomalies found %d s after the import%n", Duration.between(importedAt, Instant.now()).toSeconds());
        assertThat(found).extracting(a -> a.getJsonObject("details").getString("period_start") + " " + a.getJsonObject("details").getString("period_end"))
                .containsExactlyInAnyOrder(span(heater.get(0), heater.get(1) + LabelledHistory.HOUR),
                        span(stopped.get(0), stopped.get(2) + LabelledHistory.HOUR), span(recent, recent + LabelledHistory.HOUR));

        JsonObject night = byStart(found, heater.get(0));
        assertThat(night.getString("state")).as("history is recorded resolved").isEqualTo("resolved");
        assertThat(night.getJsonObject("details").getJsonNumber("actual_wh").doubleValue())
                .isCloseTo(LabelledHistory.usualWh(heater.get(0)) + LabelledHistory.usualWh(heater.get(1)) + 3000, org.assertj.core.data.Offset.offset(0.2));
        assertThat(night.getString("message")).startsWith("Test " + device + ": ").contains(" used ").contains(" Wh, usually ").endsWith("×)");
        JsonObject low = byStart(found, stopped.get(0));
        assertThat(low.getString("state")).isEqualTo("resolved");
        assertThat(low.getJsonObject("details").getJsonNumber("actual_wh").doubleValue()).isZero();
        assertThat(low.getJsonObject("details").getJsonNumber("expected_wh").doubleValue()).isGreaterThan(800);

        JsonObject now = byStart(found, recent);
        assertThat(now.getJsonObject("details").getJsonNumber("actual_wh").doubleValue()).isGreaterThan(2000);
        String email = platform.mailbox().awaitLatestTo(user.email(), "Test " + device + ": unusual consumption", Duration.ofMinutes(1));
        assertThat(email).contains(" used ").contains("/app/alerts?alert=" + now.getInt("id"));
        assertThat(platform.mailbox().countTo(user.email(), "Test " + device + ": unusual")).as("only the recent anomaly emails").isEqualTo(1);

        // the nightly job, run now by an administrator: the device's band is stored, the unusual hours left out of it
        HttpResponse<String> started = platform.post("/api/v1/admin/anomaly-baselines?partitions=2", "application/json", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long execution = Platform.object(started).getJsonNumber("execution_id").longValue();
        await("the anomaly-baselines job " + execution).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Platform.object(platform.get("/api/v1/admin/anomaly-baselines/" + execution)).getString("status"),
                        status -> status.equals("COMPLETED") || status.equals("FAILED"));
        assertThat(Platform.object(platform.get("/api/v1/admin/anomaly-baselines/" + execution)).getString("status")).isEqualTo("COMPLETED");
        assertThat(user.api().post("/api/v1/admin/anomaly-baselines", "application/json", "").statusCode()).isEqualTo(403);
        JsonObject baseline = Platform.object(user.api().get("/api/v1/devices/" + device + "/anomaly-baseline"));
        assertThat(baseline.getBoolean("learning")).isFalse();
        List<JsonObject> slots = baseline.getJsonArray("slots").stream().map(JsonObject.class::cast).toList();
        assertThat(slots).hasSize(48);
        JsonObject weekdayTwo = slots.stream().filter(slot -> !slot.getBoolean("weekend") && slot.getInt("hour") == 2).findFirst().orElseThrow();
        assertThat(weekdayTwo.getJsonNumber("median_wh").doubleValue()).as("a weekday 02:00, the heater's night no outlier in it").isBetween(94.0, 106.0);
    }

    @Test
    void aNewDeviceIsLearning(Platform platform) {
        TestUser user = platform.newUser("learning");
        String device = platform.newDevice(user.api(), "new");
        JsonObject baseline = Platform.object(user.api().get("/api/v1/devices/" + device + "/anomaly-baseline"));
        assertThat(baseline.getBoolean("learning")).isTrue();
        assertThat(baseline.getJsonArray("slots")).isEmpty();
    }

    @Test
    void aNightBaseLoadUpFortyWattsInItsLastWeekOpensOneBaseLoadAlert(Platform platform) {
        TestUser user = platform.newUser("baseload");
        String device = platform.newDevice(user.api(), "fridge");
        long end = System.currentTimeMillis() / LabelledHistory.HOUR * LabelledHistory.HOUR;
        long creepFrom = end - 7 * 24 * LabelledHistory.HOUR;
        // something new that runs at night (00:00-05:00) only, from a week ago
        String csv = LabelledHistory.csv(end, 35, hour -> LabelledHistory.usualWh(hour)
                + (hour >= creepFrom && Instant.ofEpochMilli(hour).atZone(LabelledHistory.BERLIN).getHour() < 5 ? 40 : 0));

        HttpResponse<String> imported = user.api().post("/api/v1/devices/" + device + "/readings", "text/csv", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        JsonObject creep = await("a base-load alert on " + device).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> alerts(user, device, "base_load"), list -> !list.isEmpty()).get(0);
        assertThat(creep.getString("state")).isEqualTo("open");
        assertThat(creep.getJsonObject("details").getJsonNumber("baseline_w").doubleValue()).isBetween(94.0, 100.0);
        assertThat(creep.getJsonObject("details").getJsonNumber("actual_w").doubleValue()).isBetween(134.0, 140.0);
        assertThat(creep.getString("message")).contains("night-time base load").contains("usually");
        assertThat(alerts(user, device, "anomaly")).as("+40 Wh at night is under the 50 Wh floor").isEmpty();
    }

    private static String span(long from, long to) {
        return Instant.ofEpochMilli(from) + " " + Instant.ofEpochMilli(to);
    }

    private static JsonObject byStart(List<JsonObject> alerts, long start) {
        return alerts.stream().filter(a -> a.getJsonObject("details").getString("period_start").equals(Instant.ofEpochMilli(start).toString()))
                .findFirst().orElseThrow();
    }

    private static List<JsonObject> alerts(TestUser user, String device, String type) {
        return Platform.array(user.api().get("/api/v1/alerts?device_id=" + device)).stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("type").equals(type)).toList();
    }
}
