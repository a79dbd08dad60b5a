package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new user in Debian's Chromium registers a Tasmota plug and a ThingsBoard sensor: the dialog offers the
 * family, the credentials dialog and the device page show that family's settings with the values filled in,
 * and the plug's documented SENSOR payload, sent with mosquitto_pub and the shown password, appears on its page.
 */
@ExtendWith(PlatformExtension.class)
class PortalDeviceFamiliesIT {

    /** The dialog scrolls with the family's settings: bring its button into view as a person would. */
    private static void done(Browser browser) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block:'center'})", browser.await(By.id("credentials:done")));
        browser.click("credentials:done");
    }

    @Test
    void aNewUserSetsUpATasmotaPlugAndAThingsBoardSensorFromTheInstructionsShown(Platform platform) throws Exception {
        TestUser user = platform.newUser("families-portal");
        String plugId = "tasmota-" + System.nanoTime();
        try (Browser browser = Browser.desktop(platform)) {
            try {
                browser.signIn(user.email(), user.password());
                browser.open("/app/devices");
                browser.click("list:add");
                browser.type("form:device_id", plugId);
                browser.type("form:name", "Washing machine");
                browser.choose("form:protocol", "Tasmota");
                browser.screenshot("families-dialog-tasmota");
                browser.click("form:save");
                String password = browser.await(By.id("mqtt-password")).getText();
                String port = Integer.toString(platform.running().mqttPort);
                assertThat(browser.await(By.id("mqtt-setup")).getText()).contains("Backlog MqttHost 127.0.0.1; MqttPort " + port
                        + "; MqttUser " + plugId + "; MqttPassword " + password + "; Topic " + plugId + "; FullTopic %prefix%/%topic%/");
                assertThat(browser.await(By.id("mqtt-topic")).getText()).isEqualTo("tele/" + plugId + "/SENSOR");
                browser.screenshot("families-credentials-tasmota");
                done(browser);

                new FamilyDevice(user, plugId, password, null, platform.mqttUrl()).publish("tele/" + plugId + "/SENSOR",
                        "{\"Time\":\"" + Instant.now().toString().substring(0, 19) + "\",\"ENERGY\":{\"Total\":3.705,\"Power\":512,"
                                + "\"Voltage\":233,\"Current\":2.2}}");
                browser.awaitText(By.id("list:devices"), plugId);
                browser.driver().findElement(By.linkText("Washing machine")).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("latest-power"), "512"));
                assertThat(browser.await(By.id("device-setup")).getText()).contains("MqttUser " + plugId, "MqttPassword <password>");
                assertThat(browser.await(By.id("today-import")).getText()).endsWith("kWh");
                assertThat(browser.await(By.id("today-export")).getText()).contains("exported", "net cost");
                browser.screenshot("families-device-page-tasmota");

                // a Pro 3EM's phases and export appear as channels of the device, each with a page of its own
                FamilyDevice meter = FamilyDevice.register(platform, user, "shelly-gen2", "UTC", "");
                // the counters first: the page shows the latest reading's power
                meter.publish(meter.id() + "/status/emdata:0", "{\"id\":0,\"a_total_act_energy\":5000,\"b_total_act_energy\":3000,"
                        + "\"c_total_act_energy\":100,\"total_act\":8100,\"total_act_ret\":2500}");
                meter.publish(meter.id() + "/status/em:0", "{\"id\":0,\"a_voltage\":230.1,\"a_act_power\":1200.5,\"b_voltage\":231.0,"
                        + "\"b_act_power\":800.0,\"c_voltage\":229.5,\"c_act_power\":-150.0,\"total_act_power\":1850.5}");
                meter.awaitReadings(Instant.now().minusSeconds(3600).toString(), Instant.now().plusSeconds(600).toString(), 2);
                browser.open("/app/device?id=" + meter.id());
                new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("latest-power"), "1,850.5"));
                assertThat(browser.await(By.id("channels")).getText()).contains(meter.id() + ":a", meter.id() + ":b",
                        meter.id() + ":c", meter.id() + ":export");
                browser.screenshot("families-device-page-pro3em");
                browser.driver().findElement(By.linkText(meter.id() + ":c")).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("latest-power"), "-150"));
                assertThat(browser.driver().findElements(By.id("connect"))).as("a channel has no login of its own").isEmpty();
                browser.open("/app/dashboard");
                assertThat(browser.await(By.id("kpi-export-kwh")).getText()).as("the site's export beside its import").endsWith("kWh");
                assertThat(browser.chartSeries("form:consumption")).as("the consumption chart's export series").containsKey("Exported (below the axis)");
                browser.screenshot("families-dashboard");

                String sensorId = "tb-" + System.nanoTime();
                browser.open("/app/devices");
                browser.click("list:add");
                browser.type("form:device_id", sensorId);
                browser.type("form:name", "Heat pump");
                browser.choose("form:protocol", "ThingsBoard device API");
                browser.type("form:key_mapping", "active_power=power");
                browser.click("form:save");
                String token = sensorId + "." + browser.await(By.id("mqtt-password")).getText();
                assertThat(browser.await(By.id("mqtt-setup")).getText()).contains("Access token (MQTT user name, no password): " + token);
                assertThat(browser.await(By.id("mqtt-command")).getText()).contains("-u '" + token + "'", "-t v1/devices/me/telemetry");
                browser.screenshot("families-credentials-thingsboard");
                assertThat(browser.consoleErrors()).isEmpty();
            } catch (Exception | AssertionError e) {
                browser.screenshot("families-portal-failure");
                throw e;
            }
        }
        assertThat(Platform.object(user.api().get("/api/v1/devices/" + plugId)).getString("protocol")).isEqualTo("tasmota");
    }

    /**
     * Shelly Gen1 and Gen2 plugs set up from the dialog: each family's web-settings fields with the values filled in, and
     * the status a Plus Plug S publishes (Switch.GetStatus over "Generic status update"), sent with the shown password,
     * on the plug's page.
     */
    @Test
    void shellyGen1AndGen2PlugsAreSetUpFromTheirWebSettingsAsShown(Platform platform) throws Exception {
        TestUser user = platform.newUser("families-shelly");
        String gen1 = "shellyplug-" + System.nanoTime();
        String gen2 = "plusplug-" + System.nanoTime();
        String port = Integer.toString(platform.running().mqttPort);
        try (Browser browser = Browser.desktop(platform)) {
            try {
                browser.signIn(user.email(), user.password());
                browser.open("/app/devices");
                String password1 = register(browser, gen1, "Fridge", "Shelly Gen1");
                assertThat(browser.await(By.id("mqtt-setup")).getText()).contains("Enable action execution via MQTT",
                        "Server: 127.0.0.1:" + port + " Username: " + gen1 + " Password: " + password1,
                        "Use custom MQTT prefix: shellies/" + gen1);
                assertThat(browser.await(By.id("mqtt-topic")).getText()).isEqualTo("shellies/" + gen1 + "/relay/0/power");
                browser.screenshot("families-credentials-shelly-gen1");
                done(browser);

                browser.open("/app/devices");
                String password2 = register(browser, gen2, "Dishwasher", "Shelly Gen2+ (Plus, Pro, Gen3)");
                assertThat(browser.await(By.id("mqtt-setup")).getText()).contains("Settings → MQTT: Enable MQTT Network",
                        "User: " + gen2 + " Password: " + password2, "MQTT prefix: " + gen2, "Generic status update over MQTT: on");
                browser.screenshot("families-credentials-shelly-gen2");
                done(browser);

                new FamilyDevice(user, gen2, password2, null, platform.mqttUrl()).publish(gen2 + "/status/switch:0",
                        "{\"id\":0,\"source\":\"timer\",\"output\":true,\"apower\":812.4,\"voltage\":229.8,\"current\":3.61,"
                                + "\"aenergy\":{\"total\":1520.112,\"by_minute\":[0,13540.0,13538.5],\"minute_ts\":" + Instant.now().getEpochSecond()
                                + "},\"temperature\":{\"tC\":41.2,\"tF\":106.2}}");
                browser.awaitText(By.id("list:devices"), gen2);
                browser.driver().findElement(By.linkText("Dishwasher")).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("latest-power"), "812.4"));
                browser.screenshot("families-device-page-shelly-gen2");
                assertThat(browser.consoleErrors()).isEmpty();
            } catch (Exception | AssertionError e) {
                browser.screenshot("families-shelly-failure");
                throw e;
            }
        }
    }

    private static String register(Browser browser, String id, String name, String family) {
        browser.click("list:add");
        browser.type("form:device_id", id);
        browser.type("form:name", name);
        browser.choose("form:protocol", family);
        browser.click("form:save");
        return browser.await(By.id("mqtt-password")).getText();
    }

    /**
     * The solar day of DeviceFamiliesIT (10 March 2026, UTC) seen in the portal: imported 6.5 kWh for 1.95 + 0.40 standing
     * = 2.35 EUR, exported 6.25 kWh credited 6.25 × 0.082 = 0.5125 → 0.51, net 2.35 − 0.5125 = 1.8375 → 1.84.
     */
    @Test
    void aSolarDayShowsItsExportFeedInCreditAndNetCostOnTheAnalyticsAndDevicePagesAndInTheirCsv(Platform platform) throws Exception {
        TestUser user = platform.newUser("families-solar");
        FamilyDevice meter = FamilyDevice.register(platform, user, "tasmota", "UTC", "");
        long site = meter.details().getJsonNumber("site_id").longValue();
        var zoned = user.api().put("/api/v1/sites/" + site, "{\"name\":\"Solar home\",\"timezone\":\"UTC\"}");
        assertThat(zoned.statusCode()).as(zoned.body()).isEqualTo(200);
        long tariff = Platform.object(user.api().postJson("/api/v1/tariffs", "{\"name\":\"solar\",\"currency\":\"EUR\",\"versions\":["
                + "{\"valid_from\":\"2026-03-01\",\"valid_to\":null,\"standing_charge_per_day\":\"0.40\",\"default_price_per_kwh\":\"0.30\","
                + "\"feed_in_price_per_kwh\":\"0.082\"}]}")).getJsonNumber("id").longValue();
        var assigned = user.api().put("/api/v1/devices/" + meter.id() + "/tariff", "{\"tariff_id\":" + tariff + ",\"from\":\"2026-03-01\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isIn(200, 204);
        String sensor = "tele/" + meter.id() + "/SENSOR";
        meter.publish(sensor, "{\"Time\":\"2026-03-10T00:00:00\",\"ENERGY\":{\"Total\":10.000,\"ExportActive\":5.000,\"Power\":-800}}");
        meter.publish(sensor, "{\"Time\":\"2026-03-10T12:00:00\",\"ENERGY\":{\"Total\":14.000,\"ExportActive\":5.000,\"Power\":300}}");
        meter.publish(sensor, "{\"Time\":\"2026-03-11T00:00:00\",\"ENERGY\":{\"Total\":16.500,\"ExportActive\":11.250,\"Power\":200}}");
        String day = "/api/v1/sites/" + site + "/energy?from=2026-03-10&to=2026-03-11&resolution=day";
        await("10 March rolled up and priced with its export").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> Platform.array(user.api().get(day)).getJsonObject(0), bucket -> !bucket.isNull("energy_wh")
                        && !bucket.isNull("net_cost") && bucket.getJsonNumber("energy_wh").bigDecimalValue().compareTo(new BigDecimal("6500")) == 0
                        && bucket.getJsonNumber("net_cost").bigDecimalValue().compareTo(new BigDecimal("1.84")) == 0);

        try (Browser browser = Browser.downloading(platform, "families-solar")) {
            try {
                browser.signIn(user.email(), user.password());
                browser.open("/app/analytics");
                browser.choose("form:preset", "Custom dates");
                patiently(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("form:from_input")));
                browser.setText("form:from_input", "2026-03-10");
                browser.setText("form:to_input", "2026-03-10");
                browser.click("form:show");
                browser.awaitAjax();
                patiently(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:period"), "2026"));
                assertThat(browser.await(By.id("form:energyKwh")).getText()).isEqualTo("6.5");
                assertThat(browser.await(By.id("form:cost")).getText()).isEqualTo("2.35");
                assertThat(browser.await(By.id("form:exportKwh")).getText()).isEqualTo("6.25");
                assertThat(browser.await(By.id("form:exportCredit")).getText()).isEqualTo("0.51");
                assertThat(browser.await(By.id("form:netCost")).getText()).isEqualTo("1.84");
                // the 6.25 kWh of the afternoon spread over its 12 hours: 520.833 Wh each, shown to the Wh
                List<Number> exported = browser.chartSeries("form:trendEnergy").get("Exported (below the axis)");
                assertThat(exported).as("each hour's export, below the axis").hasSize(24);
                assertThat(exported.subList(0, 12)).as("nothing exported before noon").allSatisfy(kwh -> assertThat(kwh.doubleValue()).isZero());
                assertThat(exported.subList(12, 24)).allSatisfy(kwh -> assertThat(kwh.doubleValue()).isEqualTo(-0.521));
                browser.screenshot("families-analytics-solar");
                browser.click("form:exportTrend");
                List<String> trend = browser.download("-trend-2026-03-10-2026-03-10.csv");
                assertThat(trend.get(0)).endsWith(",export_kwh,export_credit,net_cost");
                assertThat(trend).hasSize(25);
                assertThat(trend.get(1)).as("nothing exported before noon").startsWith("2026-03-10T00:00,").contains(",0.000,0.00,");
                // 0.520833 kWh × 0.082 = 0.0427 → 0.04; the hour's import 2.5 kWh / 12 × 0.30 = 0.0625 plus the day's standing charge
                assertThat(trend.get(13)).startsWith("2026-03-10T12:00,0.208,").contains(",0.521,0.04,");

                browser.open("/app/device?id=" + meter.id());
                browser.driver().findElement(By.xpath("//*[@id='history:resolution']//*[normalize-space(text())='Day']")).click();
                browser.setText("history:from_input", "2026-03-10");
                browser.setText("history:to_input", "2026-03-10");
                browser.click("history:show");
                browser.awaitAjax();
                patiently(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:rows"), "6.250"));
                assertThat(browser.await(By.id("history:rows")).getText()).contains("Cost EUR", "6.500 2.35 6.250 1.84");
                assertThat(browser.chartSeries("history:chart").get("Exported (below the axis)")).singleElement()
                        .satisfies(kwh -> assertThat(kwh.doubleValue()).isEqualTo(-6.25));
                browser.screenshot("families-device-history-solar");
                browser.click("history:csv");
                List<String> history = browser.download(meter.id() + "-day.csv");
                assertThat(history.get(0)).isEqualTo("start,energy_kwh,cost_eur,power_avg_w,complete,export_kwh,export_credit_eur,net_cost_eur");
                assertThat(history.get(1)).startsWith("2026-03-10T00:00Z,6.500,2.35,").endsWith(",6.250,0.51,1.84");
                assertThat(browser.consoleErrors()).isEmpty();
            } catch (Exception | AssertionError e) {
                browser.screenshot("families-solar-failure");
                System.err.println("families-solar: " + browser.driver().findElement(By.tagName("body")).getText());
                throw e;
            }
        }
    }

    private static WebDriverWait patiently(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
    }
}
