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
 * Anomalies of a site's total, and a rule's new k judging the stored history again. Two plugs of one site each draw
 * 40 Wh more than usual in the same night hour two days ago: under the 50 Wh floor for each, but the site's 80 Wh more
 * is over it, so only the site's total raises an alert. One plug's history holds a recent 2 kWh hour and an old
 * 400 Wh one; its site rule starts at k = 50, which finds only the first; k = 5 finds the old one too (recorded, no
 * email), and k = 50 again withdraws it with a note.
 */
@ExtendWith(PlatformExtension.class)
class AnomalySiteIT {

    @Test
    void twoDevicesEachALittleOverMakeTheSiteTotalUnusual(Platform platform) {
        TestUser user = platform.newUser("sitetotal");
        String first = platform.newDevice(user.api(), "left");
        String second = platform.newDevice(user.api(), "right");
        long site = Platform.object(user.api().get("/api/v1/devices/" + first)).getJsonNumber("site_id").longValue();
        String siteName = Platform.object(user.api().get("/api/v1/sites/" + site)).getString("name");
        long end = System.currentTimeMillis() / LabelledHistory.HOUR * LabelledHistory.HOUR;
        long night = LabelledHistory.localHours(end, 2, 2, 1).get(0);
        String csv = LabelledHistory.csv(end, 35, hour -> LabelledHistory.usualWh(hour) + (hour == night ? 40 : 0));

        for (String device : List.of(first, second)) {
            HttpResponse<String> imported = user.api().post("/api/v1/devices/" + device + "/readings", "text/csv", csv);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        }

        JsonObject total = await("an anomaly alert on the total of site " + site).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> siteAlerts(user, site), list -> !list.isEmpty()).get(0);
        assertThat(total.getJsonObject("details").getString("period_start")).isEqualTo(Instant.ofEpochMilli(night).toString());
        assertThat(total.getJsonObject("details").getString("period_end")).isEqualTo(Instant.ofEpochMilli(night + LabelledHistory.HOUR).toString());
        assertThat(total.getJsonObject("details").getJsonNumber("actual_wh").doubleValue())
                .isCloseTo(2 * LabelledHistory.usualWh(night) + 80, org.assertj.core.data.Offset.offset(0.5));
        assertThat(total.getString("message")).startsWith(siteName + ": ").contains(" used ").contains(" Wh, usually ");
        assertThat(total.getString("state")).as("two days ago: recorded, resolved").isEqualTo("resolved");
        assertThat(anomalies(user, first)).as("40 Wh over is under the floor of one plug").isEmpty();
        assertThat(anomalies(user, second)).isEmpty();
    }

    @Test
    void aRulesNewKJudgesTheStoredHistoryAgainAndOnlyRecentFindingsNotify(Platform platform) {
        TestUser user = platform.newUser("rejudge");
        String device = platform.newDevice(user.api(), "boiler");
        JsonObject rule = Platform.array(user.api().get("/api/v1/alert-rules")).stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("type").equals("anomaly")).findFirst().orElseThrow();
        setK(user, rule, 50);
        long end = System.currentTimeMillis() / LabelledHistory.HOUR * LabelledHistory.HOUR;
        long old = LabelledHistory.localHours(end, 9, 12, 1).get(0);
        long recent = end - 3 * LabelledHistory.HOUR;
        String csv = LabelledHistory.csv(end, 35, hour -> LabelledHistory.usualWh(hour) + (hour == recent ? 2000 : hour == old ? 400 : 0));
        HttpResponse<String> imported = user.api().post("/api/v1/devices/" + device + "/readings", "text/csv", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        JsonObject now = await("the recent anomaly of " + device + " at k = 50").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> anomalies(user, device), list -> !list.isEmpty()).get(0);
        assertThat(now.getJsonObject("details").getString("period_start")).isEqualTo(Instant.ofEpochMilli(recent).toString());
        platform.mailbox().awaitLatestTo(user.email(), "Test " + device + ": unusual consumption", Duration.ofMinutes(1));

        setK(user, rule, 5);
        JsonObject found = await("the old anomaly of " + device + " once k = 5").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> byStart(anomalies(user, device), old), list -> !list.isEmpty()).get(0);
        assertThat(found.getString("state")).as("found in history: recorded resolved").isEqualTo("resolved");
        assertThat(byStart(anomalies(user, device), recent)).as("the recent one restated, not raised again").hasSize(1)
                .allSatisfy(a -> assertThat(a.getInt("id")).isEqualTo(now.getInt("id")));
        assertThat(platform.mailbox().countTo(user.email(), "Test " + device + ": unusual")).as("the old finding tells nobody").isEqualTo(1);

        setK(user, rule, 50);
        await("the old anomaly withdrawn once k = 50 again").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> byStart(anomalies(user, device), old).get(0).getJsonObject("details"),
                        details -> "withdrawn: the rule's k or floor changed".equals(details.getString("note", null)));
        assertThat(byStart(anomalies(user, device), recent).get(0).getJsonObject("details").containsKey("note")).isFalse();
    }

    private static void setK(TestUser user, JsonObject rule, double k) {
        HttpResponse<String> changed = user.api().put("/api/v1/alert-rules/" + rule.getInt("id"), "{\"name\":\"" + rule.getString("name")
                + "\",\"type\":\"anomaly\",\"site_id\":" + rule.getInt("site_id") + ",\"severity\":\"" + rule.getString("severity")
                + "\",\"enabled\":true,\"params\":{\"k\":" + k + "}}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Platform.object(changed).getJsonObject("params").getJsonNumber("k").doubleValue()).isEqualTo(k);
        assertThat(Platform.object(changed).getJsonObject("params").getJsonNumber("floor_wh").doubleValue()).isEqualTo(50);
    }

    private static List<JsonObject> byStart(List<JsonObject> alerts, long start) {
        return alerts.stream().filter(a -> a.getJsonObject("details").getString("period_start").equals(Instant.ofEpochMilli(start).toString())).toList();
    }

    private static List<JsonObject> anomalies(TestUser user, String device) {
        return Platform.array(user.api().get("/api/v1/alerts?device_id=" + device)).stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("type").equals("anomaly")).toList();
    }

    private static List<JsonObject> siteAlerts(TestUser user, long site) {
        return Platform.array(user.api().get("/api/v1/alerts?site_id=" + site)).stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("type").equals("anomaly") && (!a.containsKey("device_id") || a.isNull("device_id"))).toList();
    }
}
