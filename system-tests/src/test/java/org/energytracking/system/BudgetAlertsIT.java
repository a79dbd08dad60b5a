package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Budgets judged from the rollups: a daily energy budget warns at 80 % and escalates at 100 % (one email each),
 * and a late reading counts; a monthly cost budget on a site speaks in its tariff's currency. Personal sites keep
 * UTC, so "today" is the UTC day; the suite's platform checks alerts every 2 s and rolls up every 5 s.
 */
@ExtendWith(PlatformExtension.class)
class BudgetAlertsIT {

    private static final String FLAT_TARIFF = "{\"name\":\"flat\",\"currency\":\"EUR\",\"versions\":[{\"valid_from\":\"2020-01-01\","
            + "\"standing_charge_per_day\":\"0\",\"default_price_per_kwh\":\"0.40\"}]}";

    @Test
    void aDailyEnergyBudgetWarnsAt80PercentAndALateReadingEscalatesIt(Platform platform) {
        TestUser user = platform.newUser("budget");
        String device = platform.newDevice(user.api(), "kettle");
        HttpResponse<String> created = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Kettle daily\",\"type\":\"budget\","
                + "\"device_id\":\"" + device + "\",\"severity\":\"critical\",\"params\":{\"measure\":\"energy\",\"amount\":10000,\"period\":\"day\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject rule = Platform.object(created);
        assertThat(rule.getJsonObject("params").getInt("warn_percent")).isEqualTo(80);
        long base = readingsOfToday();

        publishCounter(platform, device, base, 1_000_000, base + 60_000, 1_008_500);
        JsonObject warning = await("a budget warning for " + device).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> alerts(user, "?state=open&device_id=" + device), list -> list.size() == 1).get(0);
        assertThat(warning.getString("type")).isEqualTo("budget");
        assertThat(warning.getString("severity")).as("a warning, though the rule says critical").isEqualTo("warning");
        assertThat(warning.getString("message")).isEqualTo("Test " + device + ": energy today 8.5 kWh, 85 % of the 10 kWh budget");
        String warned = platform.mailbox().awaitLatestTo(user.email(), "85 % of the daily energy budget", Duration.ofSeconds(60));
        assertThat(warned).contains("/app/alerts?alert=" + warning.getInt("id"));

        // earlier than anything the meter sent today: 2 kWh more of today, known only now
        publishCounter(platform, device, base - 30_000, 998_000);
        JsonObject escalated = await("the budget alert of " + device + " escalated by the late reading").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> alerts(user, "?state=open&device_id=" + device), list -> list.size() == 1 && isCritical(list.get(0))).get(0);
        assertThat(escalated.getInt("id")).as("the day's one alert").isEqualTo(warning.getInt("id"));
        assertThat(escalated.getString("message")).isEqualTo("Test " + device + ": energy today 10.5 kWh, 105 % of the 10 kWh budget");
        String over = platform.mailbox().awaitLatestTo(user.email(), "over the daily energy budget (105 %)", Duration.ofSeconds(60));
        assertThat(over).contains("Test " + device + ": energy today 10.5 kWh");

        publishCounter(platform, device, base + 75_000, 1_009_000);
        await("the alert's figure kept current").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> alerts(user, "?device_id=" + device), list -> list.get(0).getString("message").contains("11 kWh, 110 %"));
        assertThat(alerts(user, "?device_id=" + device)).as("one alert for the day").hasSize(1);
        assertThat(platform.mailbox().countTo(user.email(), "of the 10 kWh budget")).as("the warning and the 100 %, once each").isEqualTo(2);

        TestUser stranger = platform.newUser("budget-stranger");
        assertThat(stranger.api().get("/api/v1/alert-rules/" + rule.getInt("id")).statusCode()).isEqualTo(404);
        assertThat(alerts(stranger, "")).extracting(alert -> alert.getInt("id")).doesNotContain(warning.getInt("id"));
    }

    @Test
    void aMonthlyCostBudgetOnASiteSpeaksInItsTariffsCurrency(Platform platform) {
        TestUser user = platform.newUser("budget-cost");
        String device = platform.newDevice(user.api(), "boiler");
        long site = Platform.object(user.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
        String siteName = Platform.object(user.api().get("/api/v1/sites/" + site)).getString("name");
        long tariff = Platform.object(user.api().postJson("/api/v1/tariffs", FLAT_TARIFF)).getJsonNumber("id").longValue();
        HttpResponse<String> assigned = user.api().put("/api/v1/sites/" + site + "/tariff", "{\"tariff_id\":" + tariff + ",\"from\":\"2020-01-01\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        HttpResponse<String> created = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Home monthly cost\",\"type\":\"budget\","
                + "\"site_id\":" + site + ",\"severity\":\"warning\",\"params\":{\"measure\":\"cost\",\"amount\":3,\"period\":\"month\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long base = readingsOfToday();

        // 10 kWh at 0.40 EUR: 4.00 EUR, past the budget at the first look
        publishCounter(platform, device, base, 50_000, base + 60_000, 60_000);
        JsonObject alert = await("a cost budget alert on site " + site).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> alerts(user, "?state=open&site_id=" + site), list -> list.stream().anyMatch(a -> a.getString("type").equals("budget")))
                .stream().filter(a -> a.getString("type").equals("budget")).findFirst().orElseThrow();
        assertThat(alert.containsKey("device_id") && !alert.isNull("device_id")).as("the site's total").isFalse();
        assertThat(alert.getString("message")).isEqualTo(siteName + ": cost this month €4.00, 133 % of the €3.00 budget");
        String email = platform.mailbox().awaitLatestTo(user.email(), "over the monthly cost budget (133 %)", Duration.ofSeconds(60));
        assertThat(email).contains(siteName + ": cost this month €4.00");
    }

    /**
     * A reading time of today (UTC) with room before it for a late reading and after it for the test to finish in
     * the same day (and so month): near midnight, waits until the new day is a few minutes old.
     */
    private static long readingsOfToday() {
        await("a UTC day at least three minutes old with at least five minutes left").atMost(Duration.ofMinutes(9))
                .pollInterval(Duration.ofSeconds(5)).until(() -> {
                    Instant midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
                    Instant now = Instant.now();
                    return Duration.between(midnight, now).compareTo(Duration.ofMinutes(3)) > 0
                            && Duration.between(now, midnight.plus(Duration.ofDays(1))).compareTo(Duration.ofMinutes(5)) > 0;
                });
        return System.currentTimeMillis() - 90_000;
    }

    /** Counter readings as pairs of ts and Wh, in one message. */
    private static void publishCounter(Platform platform, String device, long... tsAndWh) {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < tsAndWh.length; i += 2) {
            batch.append(i == 0 ? "" : ",").append("{\"ts\":").append(tsAndWh[i]).append(",\"energy\":").append(tsAndWh[i + 1]).append('}');
        }
        platform.publish("devices/" + device + "/readings", batch.append(']').toString());
    }

    private static boolean isCritical(JsonObject alert) {
        return alert.getString("severity").equals("critical");
    }

    private static List<JsonObject> alerts(TestUser user, String query) {
        return Platform.array(user.api().get("/api/v1/alerts" + query)).stream().map(JsonObject.class::cast).toList();
    }
}
