package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.energytracking.system.MeteredWeek.Sample;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance path: a new user registers a meter, replays a week with a reset and a
 * DST change over MQTT (out of order) and HTTP, sets a time-of-use tariff whose price changes
 * mid-week, and reads back daily kWh and cost that match a hand calculation; late readings then
 * correct the past within a minute.
 */
@ExtendWith(PlatformExtension.class)
class MeteringIT {

    private static final String TARIFF = "{\"name\":\"home-tou\",\"currency\":\"EUR\",\"versions\":["
            + "{\"valid_from\":\"2026-10-01\",\"valid_to\":\"2026-10-27\",\"standing_charge_per_day\":\"0.50\","
            + "\"default_price_per_kwh\":\"0.21\",\"rates\":[{\"days\":\"MON-FRI\",\"from\":\"07:00\",\"to\":\"22:00\",\"price_per_kwh\":\"0.32\"}]},"
            + "{\"valid_from\":\"2026-10-27\",\"valid_to\":null,\"standing_charge_per_day\":\"0.55\","
            + "\"default_price_per_kwh\":\"0.23\",\"rates\":[{\"days\":\"MON-FRI\",\"from\":\"07:00\",\"to\":\"22:00\",\"price_per_kwh\":\"0.35\"}]}]}";

    @Test
    void aWeekWithAResetADstChangeAndAMidWeekPriceChangeMatchesTheHandCalculation(Platform platform) throws Exception {
        TestUser user = platform.newUser("metering");
        String device = platform.newDevice(user.api(), "meter");
        List<Sample> samples = MeteredWeek.samples();
        List<Sample> onTime = samples.stream().filter(Predicate.not(Sample::late)).toList();
        List<Sample> late = samples.stream().filter(Sample::late).toList();
        publishShuffled(platform, device, onTime.subList(0, onTime.size() - 96));
        HttpResponse<String> imported = user.api().post("/api/v1/devices/" + device + "/readings", "application/json",
                json(onTime.subList(onTime.size() - 96, onTime.size())));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(platform.awaitReadings(device, onTime.size(), Duration.ofSeconds(60))).isEqualTo(onTime.size());

        JsonObject tariff = Platform.object(user.api().postJson("/api/v1/tariffs", TARIFF));
        HttpResponse<String> assigned = user.api().put("/api/v1/devices/" + device + "/tariff",
                "{\"tariff_id\":" + tariff.getJsonNumber("id").longValue() + ",\"from\":\"2026-10-01\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isIn(200, 204);

        String days = "/api/v1/devices/" + device + "/energy?from=2026-10-22&to=2026-10-29&resolution=day";
        // before the late readings, Wednesday 06:00-08:00 is one interval of 4,000 Wh spread evenly
        JsonArray week = await(user, "the week priced", days, d -> costs(d).equals("7.19 7.19 5.54 5.75 7.19 7.87 8.45"));
        assertThat(energies(week)).isEqualTo("24000.000 24000.000 24000.000 25000.000 24000.000 24000.000 26000.000");
        assertThat(week.getJsonObject(3).getString("start")).isEqualTo("2026-10-25T00:00:00+02:00");
        assertThat(week.getJsonObject(3).getString("end")).isEqualTo("2026-10-26T00:00:00+01:00");
        assertThat(week.stream().map(JsonObject.class::cast).allMatch(d -> d.getBoolean("complete"))).isTrue();
        assertThat(week.getJsonObject(0).getString("currency")).isEqualTo("EUR");

        long lateAt = System.nanoTime();
        publishShuffled(platform, device, late);
        JsonArray corrected = await(user, "Wednesday re-priced after the late readings", days, d -> costs(d).endsWith(" 8.33"));
        assertThat(Duration.ofNanos(System.nanoTime() - lateAt)).isLessThan(Duration.ofMinutes(1));
        assertThat(energies(corrected)).endsWith(" 26000.000");
        JsonArray hours = Platform.array(user.api().get("/api/v1/devices/" + device
                + "/energy?from=2026-10-28T06:00:00%2B01:00&to=2026-10-28T08:00:00%2B01:00&resolution=hour"));
        assertThat(energies(hours)).isEqualTo("3000.000 1000.000");
        assertThat(hours.getJsonObject(0).getJsonNumber("power_avg_w").doubleValue()).isEqualTo(3000.0);

        // the personal site keeps UTC: its days are UTC days, summed from the Berlin device's hours
        JsonArray site = Platform.array(user.api().get("/api/v1/sites/" + siteOf(user, device)
                + "/energy?from=2026-10-22&to=2026-10-29&resolution=day"));
        assertThat(energies(site)).as("the data ends at 23:00Z on the last day")
                .isEqualTo("24000.000 24000.000 24000.000 24000.000 24000.000 24000.000 25000.000");
        BigDecimal siteCost = total(site, "cost");
        BigDecimal hourlyCost = total(Platform.array(user.api().get("/api/v1/devices/" + device
                + "/energy?from=2026-10-22T00:00:00Z&to=2026-10-29T00:00:00Z&resolution=hour")), "cost");
        assertThat(siteCost).as("the hours plus seven standing charges").isEqualByComparingTo(hourlyCost.add(new BigDecimal("3.60")));
        JsonObject analysis = Platform.object(user.api().get("/api/v1/devices/" + device
                + "/analytics?from=2026-10-22&to=2026-10-29"));
        JsonObject current = analysis.getJsonObject("comparison").getJsonObject("current");
        assertThat(current.getJsonNumber("energy_wh").bigDecimalValue()).isEqualByComparingTo("171000");
        assertThat(current.getJsonNumber("cost").bigDecimalValue()).as("the sum of the days").isEqualByComparingTo("49.06");
        assertThat(analysis.getJsonObject("peak_demand").getJsonNumber("power_w").bigDecimalValue()).isEqualByComparingTo("3000");
        assertThat(analysis.getJsonObject("peak_demand").getString("at")).startsWith("2026-10-28T06:00");
        assertThat(analysis.getJsonNumber("base_load_w").bigDecimalValue()).isEqualByComparingTo("1000");
        JsonArray profile = analysis.getJsonObject("daily_profile").getJsonArray("average_wh_by_hour");
        assertThat(profile.getJsonNumber(12).bigDecimalValue()).isEqualByComparingTo("1000");
        assertThat(profile.getJsonNumber(2).bigDecimalValue()).as("two 02:00 hours on Sunday").isEqualByComparingTo("1142.857");
        assertThat(analysis.getJsonArray("window_shares").stream().map(JsonObject.class::cast)
                .filter(share -> share.getString("window").startsWith("MON-FRI"))
                .map(share -> share.getJsonNumber("energy_wh").bigDecimalValue().intValue()).toList())
                .as("15 peak hours on each of five weekdays").containsExactly(75_000);
        JsonArray events = Platform.array(user.api().get("/api/v1/devices/" + device + "/meter-events"));
        assertThat(events).hasSize(1);
        assertThat(events.getJsonObject(0).getString("type")).isEqualTo("reset");
        assertThat(events.getJsonObject(0).getString("ts")).isEqualTo(MeteredWeek.RESET.toInstant().toString());
    }

    @Test
    void aRolloverNeedsTheCounterWidthAndNothingIsCountedAcrossAReplacement(Platform platform) throws Exception {
        TestUser user = platform.newUser("meter-events");
        String device = platform.newDevice(user.api(), "rollover");
        HttpResponse<String> widened = user.api().put("/api/v1/devices/" + device,
                "{\"name\":\"Main meter\",\"timezone\":\"UTC\",\"counter_max_wh\":100000}");
        assertThat(Platform.object(widened).getJsonNumber("counter_max_wh").doubleValue()).isEqualTo(100_000);
        String at = "2026-09-01T10:";
        HttpResponse<String> replaced = user.api().postJson("/api/v1/devices/" + device + "/meter-events",
                "{\"type\":\"replacement\",\"ts\":\"" + at + "50:00Z\",\"new_counter_wh\":0}");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(201);
        user.api().post("/api/v1/devices/" + device + "/readings", "text/csv", "ts,energy\n" + at + "00:00Z,99000\n"
                + at + "15:00Z,99500\n" + at + "30:00Z,300\n" + at + "45:00Z,600\n2026-09-01T11:00:00Z,200\n");

        JsonArray quarters = await(user, "the rollover and the replacement metered", "/api/v1/devices/" + device
                + "/energy?from=" + at + "00:00Z&to=2026-09-01T11:00:00Z&resolution=15m",
                q -> energies(q).equals("500.000 800.000 300.000 200.000"));
        assertThat(quarters.stream().map(q -> ((JsonObject) q).getBoolean("complete")).toList())
                .containsExactly(true, true, true, false);
        JsonArray events = Platform.array(user.api().get("/api/v1/devices/" + device + "/meter-events"));
        assertThat(events.stream().map(e -> ((JsonObject) e).getString("type")).toList()).containsExactly("rollover", "replacement");
        assertThat(events.getJsonObject(0).getBoolean("detected")).isTrue();
        assertThat(events.getJsonObject(1).getBoolean("detected")).isFalse();
        assertThat(user.api().postJson("/api/v1/devices/" + device + "/meter-events",
                "{\"type\":\"reset\",\"ts\":\"" + at + "50:00Z\",\"new_counter_wh\":0}").statusCode()).isEqualTo(400);
    }

    @Test
    void aMeterThatAlsoReportsPowerCountsNothingAcrossAReplacement(Platform platform) throws Exception {
        TestUser user = platform.newUser("replaced-power");
        String device = platform.newDevice(user.api(), "replaced");
        String at = "2026-09-03T10:";
        HttpResponse<String> replaced = user.api().postJson("/api/v1/devices/" + device + "/meter-events",
                "{\"type\":\"replacement\",\"ts\":\"" + at + "50:00Z\",\"new_counter_wh\":0}");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(201);
        user.api().post("/api/v1/devices/" + device + "/readings", "text/csv", "ts,energy,power\n" + at + "00:00Z,1000,1000\n"
                + at + "15:00Z,1250,1000\n" + at + "30:00Z,1500,1000\n" + at + "45:00Z,1750,1000\n2026-09-03T11:00:00Z,100,1000\n");

        // 10:45-10:50 belongs to the old meter after its last reading: unknown, not 1000 W × 5 min from power
        JsonArray quarters = await(user, "the replaced meter's hour metered", "/api/v1/devices/" + device
                + "/energy?from=" + at + "00:00Z&to=2026-09-03T11:00:00Z&resolution=15m",
                q -> q.size() == 4 && !energies(q).contains("null") && energies(q).startsWith("250.000 250.000 250.000"));
        assertThat(energies(quarters)).isEqualTo("250.000 250.000 250.000 100.000");
        assertThat(quarters.stream().map(q -> ((JsonObject) q).getBoolean("complete")).toList())
                .containsExactly(true, true, true, false);
    }

    @Test
    void withoutACounterPowerIsIntegratedAndAGapOfMoreThan15MinutesIsUnknown(Platform platform) throws Exception {
        TestUser user = platform.newUser("power-only");
        String device = platform.newDevice(user.api(), "plug");
        user.api().post("/api/v1/devices/" + device + "/readings", "text/csv",
                "ts,power\n2026-09-02T12:00:00Z,600\n2026-09-02T12:10:00Z,1200\n2026-09-02T12:30:00Z,1200\n");
        JsonArray quarters = await(user, "the power integrated", "/api/v1/devices/" + device + "/energy?from=2026-09-02T12:00:00Z"
                + "&to=2026-09-02T12:45:00Z&resolution=15m", q -> energies(q).equals("150.000 null null"));
        assertThat(quarters.getJsonObject(0).getBoolean("complete")).isFalse();
        assertThat(quarters.getJsonObject(0).getJsonNumber("power_max_w").doubleValue()).isEqualTo(1200);
        assertThat(quarters.getJsonObject(2).getJsonNumber("power_avg_w").doubleValue()).isEqualTo(1200);
        HttpResponse<String> bad = user.api().get("/api/v1/devices/" + device + "/energy?resolution=week");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Platform.object(bad).getString("field")).isEqualTo("resolution");
    }

    static void publishShuffled(Platform platform, String device, List<Sample> samples) {
        List<List<Sample>> messages = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += 8) {
            messages.add(samples.subList(i, Math.min(samples.size(), i + 8)));
        }
        Collections.shuffle(messages, new Random(42));
        messages.forEach(message -> platform.publish("devices/" + device + "/readings", json(message)));
    }

    static String json(List<Sample> samples) {
        return samples.stream().map(Sample::json).collect(Collectors.joining(",", "[", "]"));
    }

    /** What {@code path} answers once it is {@code what} (metering works behind the readings' arrival). */
    static JsonArray await(TestUser user, String what, String path, Predicate<JsonArray> until) {
        return Awaitility.await(what + ": " + path).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> Platform.array(user.api().get(path)), until);
    }

    static String costs(JsonArray buckets) {
        return column(buckets, "cost");
    }

    static String energies(JsonArray buckets) {
        return column(buckets, "energy_wh");
    }

    private static BigDecimal total(JsonArray buckets, String name) {
        return buckets.stream().map(JsonObject.class::cast).filter(bucket -> !bucket.isNull(name))
                .map(bucket -> bucket.getJsonNumber(name).bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String column(JsonArray buckets, String name) {
        return buckets.stream().map(JsonObject.class::cast)
                .map(bucket -> bucket.isNull(name) ? "null" : bucket.getJsonNumber(name).bigDecimalValue().toPlainString())
                .collect(Collectors.joining(" "));
    }

    private static long siteOf(TestUser user, String device) {
        return Platform.object(user.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
    }
}
