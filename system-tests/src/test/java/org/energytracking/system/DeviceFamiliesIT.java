package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real device families without custom firmware (issue 17): each registered with its protocol, fed over MQTT
 * with the vendor's own topics and documented payloads and the credentials the API showed, read back
 * through the API in Wh, W, V and A.
 */
@ExtendWith(PlatformExtension.class)
class DeviceFamiliesIT {

    private static final Duration WAIT = FamilyDevice.WAIT;

    @Test
    void tasmotaInNewYorkWithLocalTimeOnTheSpringForwardDayLandsAtTheRightUtcInstants(Platform platform) {
        TestUser user = platform.newUser("tasmota");
        FamilyDevice plug = FamilyDevice.register(platform, user, "tasmota", "America/New_York", "");
        plug.publish("tele/" + plug.id() + "/LWT", "Online");
        plug.awaitOnline(true);
        plug.publish("tele/" + plug.id() + "/SENSOR", "{\"Time\":\"2026-03-08T01:30:00\",\"ENERGY\":{\"TotalStartTime\":\"2020-10-21T22:15:00\","
                + "\"Total\":3.705,\"Yesterday\":0.028,\"Today\":0.026,\"Period\":1,\"Power\":5,\"ApparentPower\":5,\"ReactivePower\":0,"
                + "\"Factor\":1.00,\"Voltage\":120,\"Current\":0.042}}");
        plug.publish("tele/" + plug.id() + "/SENSOR", "{\"Time\":\"2026-03-08T03:30:00\",\"ENERGY\":{\"Total\":3.712,\"Power\":7}}");
        JsonArray readings = plug.awaitReadings("2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z", 2);
        assertThat(instant(readings.getJsonObject(0))).isEqualTo(Instant.parse("2026-03-08T06:30:00Z"));
        assertThat(instant(readings.getJsonObject(1))).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(number(readings.getJsonObject(0), "energy")).isEqualByComparingTo("3705");
        assertThat(number(readings.getJsonObject(0), "power")).isEqualByComparingTo("5");
        assertThat(number(readings.getJsonObject(0), "voltage")).isEqualByComparingTo("120");
        assertThat(number(readings.getJsonObject(0), "current")).isEqualByComparingTo("0.042");
        assertThat(number(readings.getJsonObject(0), "power_factor")).isEqualByComparingTo("1");
        assertThat(number(readings.getJsonObject(0), "apparent_power")).isEqualByComparingTo("5");
        assertThat(number(readings.getJsonObject(0), "reactive_power")).isEqualByComparingTo("0");
        assertThat(readings.getJsonObject(1).containsKey("power_factor")).as("the second SENSOR had no Factor").isFalse();
        assertThat(number(readings.getJsonObject(1), "energy")).isEqualByComparingTo("3712");
        plug.publish("tele/" + plug.id() + "/LWT", "Offline");
        plug.awaitOnline(false);
    }

    @Test
    void aLastWillOpensTheOfflineAlertAtOnceAndOnlineResolvesIt(Platform platform) {
        TestUser user = platform.newUser("lwt");
        FamilyDevice plug = FamilyDevice.register(platform, user, "tasmota", "UTC", "");
        var created = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Plug gone\",\"type\":\"offline\",\"device_id\":\""
                + plug.id() + "\",\"severity\":\"warning\",\"params\":{\"after_minutes\":60}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long rule = Platform.object(created).getJsonNumber("id").longValue();
        plug.publish("tele/" + plug.id() + "/SENSOR", "{\"ENERGY\":{\"Total\":1.0,\"Power\":20}}");
        platform.awaitReadings(plug.id(), 1, WAIT);
        plug.publish("tele/" + plug.id() + "/LWT", "Offline");
        await("an offline alert of the rule from the last will, long before its 60 minutes").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> hasAlertOf(user, rule, "open", plug.id()));
        plug.publish("tele/" + plug.id() + "/LWT", "Online");
        await("the alert resolved by the device's Online").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> hasAlertOf(user, rule, "resolved", plug.id()));
    }

    /** Whether the rule has an alert in that state for the device (the site's own offline preset may have one too). */
    private static boolean hasAlertOf(TestUser user, long rule, String state, String deviceId) {
        return Platform.array(user.api().get("/api/v1/alerts?state=" + state + "&device_id=" + deviceId)).stream()
                .map(JsonObject.class::cast).anyMatch(alert -> alert.getJsonNumber("rule_id").longValue() == rule);
    }

    @Test
    void tasmotaSensorWithoutEnergyIsRecordedAsRejectedWithItsReason(Platform platform) {
        FamilyDevice plug = FamilyDevice.register(platform, platform.newUser("tasmota-odd"), "tasmota", "UTC", "");
        plug.publish("tele/" + plug.id() + "/SENSOR", "{\"Time\":\"2026-03-08T01:30:00\",\"AM2301\":{\"Temperature\":21.3}}");
        assertThat(platform.awaitRejections(plug.id(), WAIT)).singleElement().asString().contains("without an ENERGY object");
    }

    @Test
    void shellyGen1RebootRestartsTheWattMinuteCounterWithoutNegativeOrInflatedEnergy(Platform platform) throws Exception {
        TestUser user = platform.newUser("gen1");
        FamilyDevice plug = FamilyDevice.register(platform, user, "shelly-gen1", "UTC", "");
        String relay = "shellies/" + plug.id() + "/relay/0/";
        MqttClient client = DeviceConnections.connect(platform.mqttUrl(), plug.id(), plug.password());
        try {
            long[] wattMinutes = {6000, 6600, 60, 120}; // 100 Wh, 110 Wh, reboot, 1 Wh, 2 Wh
            for (int i = 0; i < wattMinutes.length; i++) {
                awaitFreshSecond();
                client.publish(relay + "power", "42.5".getBytes(StandardCharsets.UTF_8), 1, false);
                client.publish(relay + "energy", Long.toString(wattMinutes[i]).getBytes(StandardCharsets.UTF_8), 1, false);
                platform.awaitReadings(plug.id(), i + 1, WAIT);
            }
        } finally {
            DeviceConnections.release(client);
        }
        JsonArray readings = plug.awaitReadings(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), LocalDate.now(ZoneOffset.UTC).plusDays(1).toString(), 4);
        assertThat(readings.stream().map(JsonObject.class::cast).map(r -> number(r, "energy").stripTrailingZeros().toPlainString()))
                .as("one reading per publication, power and energy merged").containsExactly("100", "110", "1", "2");
        assertThat(readings.stream().map(JsonObject.class::cast).allMatch(r -> number(r, "power").compareTo(new BigDecimal("42.5")) == 0)).isTrue();
        String days = "/api/v1/devices/" + plug.id() + "/energy?from=" + LocalDate.now(ZoneOffset.UTC).minusDays(1)
                + "&to=" + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "&resolution=day";
        await("the reboot metered as 10 + 1 + 1 Wh").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> total(Platform.array(user.api().get(days))), total -> total.compareTo(new BigDecimal("12")) == 0);
    }

    @Test
    void shellyGen2StatusNotifyStatusAndAPro3emsTotalsAreRead(Platform platform) {
        TestUser user = platform.newUser("gen2");
        FamilyDevice plug = FamilyDevice.register(platform, user, "shelly-gen2", "UTC", "");
        plug.publish(plug.id() + "/events/rpc", "{\"src\":\"shellyplus1pm-a8032ab12345\",\"dst\":\"" + plug.id() + "/events\",\"method\":\"NotifyStatus\","
                + "\"params\":{\"ts\":1772951400.25,\"switch:0\":{\"id\":0,\"apower\":10.7,\"voltage\":120.7,\"current\":0.133,"
                + "\"aenergy\":{\"total\":46791.262,\"by_minute\":[73.921,177.749,177.749],\"minute_ts\":1772951400}}}}");
        JsonObject reading = plug.awaitReadings("2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z", 1).getJsonObject(0);
        assertThat(instant(reading)).isEqualTo(Instant.parse("2026-03-08T06:30:00.250Z"));
        assertThat(number(reading, "energy")).isEqualByComparingTo("46791.262");
        assertThat(number(reading, "power")).isEqualByComparingTo("10.7");
        assertThat(number(reading, "current")).isEqualByComparingTo("0.133");

        FamilyDevice meter = FamilyDevice.register(platform, user, "shelly-gen2", "UTC", "");
        meter.publish(meter.id() + "/status/em:0", "{\"id\":0,\"a_current\":0.027,\"a_voltage\":227.5,\"a_act_power\":2.8,\"b_current\":0.033,"
                + "\"b_voltage\":227.5,\"b_act_power\":4.1,\"c_current\":0.04,\"c_voltage\":228.9,\"c_act_power\":1.5,\"total_current\":0.1,\"total_act_power\":8.4}");
        meter.publish(meter.id() + "/status/emdata:0", "{\"id\":0,\"a_total_act_energy\":51.28,\"a_total_act_ret_energy\":3.5,"
                + "\"b_total_act_energy\":10.3,\"c_total_act_energy\":9.61,\"total_act\":71.19,\"total_act_ret\":3.5}");
        String recent = "/api/v1/devices/" + meter.id() + "/readings?from=" + Instant.now().minusSeconds(3600) + "&to=" + Instant.now().plusSeconds(600);
        JsonArray readings = await("the power and the counter of " + meter.id()).atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> Platform.array(user.api().get(recent)), rows -> rows.stream().map(JsonObject.class::cast)
                        .anyMatch(r -> has(r, "energy")) && rows.stream().map(JsonObject.class::cast).anyMatch(r -> has(r, "power")));
        assertThat(readings.stream().map(JsonObject.class::cast).filter(r -> has(r, "power")).map(r -> number(r, "power")))
                .singleElement().satisfies(power -> assertThat(power).isEqualByComparingTo("8.4"));
        assertThat(readings.stream().map(JsonObject.class::cast).filter(r -> has(r, "energy")).map(r -> number(r, "energy")))
                .singleElement().satisfies(energy -> assertThat(energy).isEqualByComparingTo("71.19"));
        JsonArray phaseA = await("phase a of " + meter.id() + " as a channel of its own").atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> Platform.array(user.api().get("/api/v1/devices/" + meter.id() + ":a/readings?from="
                        + Instant.now().minusSeconds(3600) + "&to=" + Instant.now().plusSeconds(600))), rows -> rows.size() >= 2);
        assertThat(phaseA.stream().map(JsonObject.class::cast).filter(r -> has(r, "power")).map(r -> number(r, "power")))
                .singleElement().satisfies(power -> assertThat(power).isEqualByComparingTo("2.8"));
        assertThat(phaseA.stream().map(JsonObject.class::cast).filter(r -> has(r, "energy")).map(r -> number(r, "energy")))
                .singleElement().satisfies(energy -> assertThat(energy).isEqualByComparingTo("51.28"));
        JsonArray phaseAExport = await("phase a's export counter as a channel of its own").atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> Platform.array(user.api().get("/api/v1/devices/" + meter.id() + ":exporta/readings?from="
                        + Instant.now().minusSeconds(3600) + "&to=" + Instant.now().plusSeconds(600))), rows -> !rows.isEmpty());
        assertThat(number(phaseAExport.getJsonObject(0), "energy")).isEqualByComparingTo("3.5");
        meter.publish(meter.id() + "/online", "true");
        meter.awaitOnline(true);
        meter.publish(meter.id() + "/online", "false");
        meter.awaitOnline(false);
    }

    /**
     * 10 March 2026 (UTC): import counter 10.000 → 14.000 → 16.500 kWh, export counter 5.000 → 5.000 → 11.250 kWh.
     * Import 6.5 kWh × 0.30 + standing 0.40 = 2.35; export 6.25 kWh × 0.082 = 0.5125 → 0.51; net 2.35 − 0.5125 = 1.8375 → 1.84.
     */
    @Test
    void exportCounterRollsUpBesideImportAndTheDaysCostNetsTheFeedInCreditToTheCent(Platform platform) {
        TestUser user = platform.newUser("solar");
        FamilyDevice meter = FamilyDevice.register(platform, user, "tasmota", "UTC", "");
        JsonObject tariff = Platform.object(user.api().postJson("/api/v1/tariffs", "{\"name\":\"solar\",\"currency\":\"EUR\",\"versions\":["
                + "{\"valid_from\":\"2026-03-01\",\"valid_to\":null,\"standing_charge_per_day\":\"0.40\",\"default_price_per_kwh\":\"0.30\","
                + "\"feed_in_price_per_kwh\":\"0.082\"}]}"));
        assertThat(tariff.getJsonArray("versions").getJsonObject(0).getString("feed_in_price_per_kwh")).isEqualTo("0.082");
        var assigned = user.api().put("/api/v1/devices/" + meter.id() + "/tariff",
                "{\"tariff_id\":" + tariff.getJsonNumber("id").longValue() + ",\"from\":\"2026-03-01\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isIn(200, 204);
        String sensor = "tele/" + meter.id() + "/SENSOR";
        meter.publish(sensor, "{\"Time\":\"2026-03-10T00:00:00\",\"ENERGY\":{\"Total\":10.000,\"ExportActive\":5.000,\"Power\":-800}}");
        meter.publish(sensor, "{\"Time\":\"2026-03-10T12:00:00\",\"ENERGY\":{\"Total\":14.000,\"ExportActive\":5.000,\"Power\":300}}");
        meter.publish(sensor, "{\"Time\":\"2026-03-11T00:00:00\",\"ENERGY\":{\"Total\":16.500,\"ExportActive\":11.250,\"Power\":200}}");
        String day = "/api/v1/devices/" + meter.id() + "/energy?from=2026-03-10&to=2026-03-11&resolution=day";
        JsonObject tenth = await("10 March rolled up with its export and credit").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> Platform.array(user.api().get(day)).getJsonObject(0),
                        bucket -> has(bucket, "export_wh") && has(bucket, "energy_wh") && has(bucket, "net_cost")
                                && number(bucket, "energy_wh").compareTo(new BigDecimal("6500")) == 0
                                && number(bucket, "export_wh").compareTo(new BigDecimal("6250")) == 0);
        assertThat(number(tenth, "cost")).isEqualByComparingTo("2.35");
        assertThat(number(tenth, "export_credit").toPlainString()).isEqualTo("0.51");
        assertThat(number(tenth, "net_cost").toPlainString()).isEqualTo("1.84");
        long site = meter.details().getJsonNumber("site_id").longValue();
        JsonObject siteDay = Platform.array(user.api().get("/api/v1/sites/" + site + "/energy?from=2026-03-10&to=2026-03-11&resolution=day"))
                .getJsonObject(0);
        assertThat(number(siteDay, "export_wh")).as("the site's export: its one meter's").isEqualByComparingTo("6250");
        assertThat(number(siteDay, "export_credit").toPlainString()).isEqualTo("0.51");
    }

    @Test
    void thingsBoardDeviceSignsInWithItsTokenAndItsKeysAreMappedOverMqttAndHttp(Platform platform) {
        TestUser user = platform.newUser("thingsboard");
        FamilyDevice sensor = FamilyDevice.register(platform, user, "thingsboard", "UTC",
                ",\"key_mapping\":\"active_power=power, energy_total_kwh=energy*1000\"");
        assertThat(sensor.details().getString("key_mapping")).isEqualTo("active_power=power, energy_total_kwh=energy*1000");
        sensor.publishWithToken("v1/devices/me/telemetry", "{\"ts\":1772951400000,\"values\":{\"active_power\":120.5,\"energy_total_kwh\":2.5}}");
        JsonObject reading = sensor.awaitReadings("2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z", 1).getJsonObject(0);
        assertThat(number(reading, "power")).isEqualByComparingTo("120.5");
        assertThat(number(reading, "energy")).isEqualByComparingTo("2500");

        var posted = platform.anonymous().postJson("/api/v1/" + sensor.accessToken() + "/telemetry",
                "[{\"ts\":1772955000000,\"values\":{\"active_power\":99}}]");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(sensor.awaitReadings("2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z", 2)).hasSize(2);
        assertThat(platform.anonymous().postJson("/api/v1/" + sensor.id() + ".guess/telemetry", "{\"active_power\":1}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aDevicePublishingUnderAnotherIdsTopicIsRefusedAndAWrongFamilyIsRecorded(Platform platform) throws Exception {
        TestUser user = platform.newUser("families-refused");
        FamilyDevice own = FamilyDevice.register(platform, user, "tasmota", "UTC", "");
        FamilyDevice other = FamilyDevice.register(platform, user, "tasmota", "UTC", "");
        MqttClient client = DeviceConnections.connect(platform.mqttUrl(), own.id(), own.password());
        try {
            assertThatThrownBy(() -> client.publish("tele/" + other.id() + "/SENSOR",
                    "{\"ENERGY\":{\"Total\":1}}".getBytes(StandardCharsets.UTF_8), 1, false)).isInstanceOf(MqttException.class);
        } finally {
            DeviceConnections.release(client);
        }
        // a native device speaking Tasmota under its own id: accepted by the broker, refused with a reason
        String nativeDevice = platform.newDevice(user.api(), "native");
        FamilyDevice asTasmota = new FamilyDevice(user, nativeDevice, platform.mqttSecret(nativeDevice), null, platform.mqttUrl());
        asTasmota.publish("tele/" + nativeDevice + "/SENSOR", "{\"ENERGY\":{\"Total\":1}}");
        assertThat(platform.awaitRejections(nativeDevice, WAIT)).singleElement().asString().contains("registered as native");
        assertThat(platform.readingCount(other.id())).isZero();
        assertThat(platform.rejections(other.id())).isEmpty();
    }

    /** The merge window is a second (RunningPlatform): publishing just after a second starts keeps a publication in one. */
    /**
     * A Plus 2PM on 12 March 2026 (UTC): relay 0 counts 1,000 → 1,400 Wh, relay 1 2,000 → 2,250 Wh and returns
     * 500 → 600 Wh. The site's day adds both relays (650 Wh) and relay 1's export (100 Wh); the device's own day is relay 0's.
     */
    @Test
    void aSecondRelaysEnergyAndExportCountInTheSitesTotals(Platform platform) {
        TestUser user = platform.newUser("twopm");
        FamilyDevice plug = FamilyDevice.register(platform, user, "shelly-gen2", "UTC", "");
        plug.publish(plug.id() + "/events/rpc", twoRelays(1773273600, 1000, 2000, 500));
        plug.publish(plug.id() + "/events/rpc", twoRelays(1773360000, 1400, 2250, 600));
        long site = plug.details().getJsonNumber("site_id").longValue();
        String siteDay = "/api/v1/sites/" + site + "/energy?from=2026-03-12&to=2026-03-13&resolution=day";
        JsonObject day = await("the site's 12 March with both relays and relay 1's export").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).until(() -> Platform.array(user.api().get(siteDay)).getJsonObject(0),
                        bucket -> has(bucket, "energy_wh") && has(bucket, "export_wh") && number(bucket, "energy_wh").compareTo(new BigDecimal("650")) == 0
                                && number(bucket, "export_wh").compareTo(new BigDecimal("100")) == 0);
        assertThat(number(day, "energy_wh")).as("both relays").isEqualByComparingTo("650");
        JsonObject own = Platform.array(user.api().get("/api/v1/devices/" + plug.id() + "/energy?from=2026-03-12&to=2026-03-13&resolution=day"))
                .getJsonObject(0);
        assertThat(number(own, "energy_wh")).as("the device itself is relay 0").isEqualByComparingTo("400");
    }

    private static String twoRelays(long ts, int relay0Wh, int relay1Wh, int relay1ReturnedWh) {
        return "{\"src\":\"shellyplus2pm-a8032ab12345\",\"method\":\"NotifyStatus\",\"params\":{\"ts\":" + ts
                + ",\"switch:0\":{\"id\":0,\"aenergy\":{\"total\":" + relay0Wh + "}},\"switch:1\":{\"id\":1,\"aenergy\":{\"total\":"
                + relay1Wh + "},\"ret_aenergy\":{\"total\":" + relay1ReturnedWh + "}}}}";
    }

    private static void awaitFreshSecond() {
        long second = System.currentTimeMillis() / 1000;
        await("a new second").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> System.currentTimeMillis() / 1000 > second);
    }

    /** The API leaves out what a reading did not report. */
    private static boolean has(JsonObject reading, String name) {
        return reading.containsKey(name) && !reading.isNull(name);
    }

    private static Instant instant(JsonObject reading) {
        return Instant.parse(reading.getString("ts"));
    }

    private static BigDecimal number(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }

    private static BigDecimal total(JsonArray buckets) {
        return buckets.stream().map(JsonObject.class::cast).filter(bucket -> !bucket.isNull("energy_wh"))
                .map(bucket -> bucket.getJsonNumber("energy_wh").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
