package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
}
