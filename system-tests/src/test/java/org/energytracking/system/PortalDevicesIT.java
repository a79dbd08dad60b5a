package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The devices pages in Debian's Chromium: add, connect with the shown credentials, edit, delete; a viewer only reads. */
@ExtendWith(PlatformExtension.class)
class PortalDevicesIT {

    private static final String READABLE_TIME = "[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}[\\s\\u202f][AP]M";
    // the point radii of the live chart's series once Chart.js has drawn it
    private static final String LIVE_POINTS = "for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k];"
            + " if (w && w.id === 'live:chart' && w.chart) { var r = w.chart.data.datasets[0].pointRadius; return Array.isArray(r) ? r : [r]; } } return null;";

    @Test
    void anOwnerAddsADeviceConnectsItWithTheShownCredentialsRenamesAndDeletesIt(Platform platform) throws Exception {
        TestUser user = platform.newUser("devices-owner");
        String deviceId = "plug-" + System.nanoTime();
        try (Browser browser = Browser.downloading(platform, "devices")) {
            diagnosed(browser, "devices-owner-failure", () -> addConnectRenameDelete(platform, browser, user, deviceId));
        }
    }

    private static void addConnectRenameDelete(Platform platform, Browser browser, TestUser user, String deviceId) throws Exception {
        browser.signIn(user.email(), user.password());
        browser.open("/app/devices");
        browser.click("list:add");
        browser.click("form:save");
        browser.awaitText(By.id("form:device_id_message"), "Required");
        browser.type("form:device_id", deviceId);
        browser.type("form:name", "Kitchen plug");
        browser.type("form:type", "plug");
        browser.click("form:save");
        String password = browser.await(By.id("mqtt-password")).getText();
        assertThat(browser.await(By.id("mqtt-username")).getText()).isEqualTo(deviceId);
        assertThat(password).isNotBlank();
        // the IT platform's broker listens on a free port, not 1883: the portal must name that one
        String broker = "-h 127.0.0.1 -p " + platform.running().mqttPort + " ";
        assertThat(browser.await(By.id("mqtt-command")).getText()).contains(broker, "-u " + deviceId, "-P '" + password + "'",
                "-t devices/" + deviceId + "/readings");
        browser.screenshot("devices-credentials");
        browser.click("credentials:done");
        browser.awaitText(By.id("list:devices"), deviceId);
        browser.screenshot("devices-table");
        browser.click("list:csv");
        List<String> csv = browser.download("devices.csv");
        assertThat(csv.get(0)).isEqualTo("device_id,name,type,location,site,timezone,counter_max_wh,last_seen");
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith(deviceId + ",Kitchen plug,plug,"));

        MqttClient device = DeviceConnections.connect(platform.mqttUrl(), deviceId, password);
        device.publish("devices/" + deviceId + "/readings", "{\"power\":230.5,\"energy\":1234}".getBytes(StandardCharsets.UTF_8), 1, false);
        device.disconnect();
        device.close();

        browser.driver().findElement(By.linkText("Kitchen plug")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("latest-power"), "230.5 W"));
        assertThat(browser.await(By.id("status")).getText()).contains("Online");
        // times as every other page writes them ("Dec 4, 2026, 2:49 PM"), not "2026-12-04T14:49:27.117Z[UTC]"
        assertThat(browser.await(By.id("header")).getText()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T")
                .containsPattern(READABLE_TIME);
        Object livePoints = new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> browser.driver().executeScript(LIVE_POINTS));
        assertThat(livePoints).as("the hour's single reading drawn as a dot").isEqualTo(List.of(3L));
        assertThat(browser.await(By.id("device-topic")).getText()).isEqualTo("devices/" + deviceId + "/readings");
        assertThat(browser.await(By.id("device-command")).getText()).contains(broker, "-P '<password>'");
        browser.screenshot("devices-device-page");

        browser.open("/app/devices");
        browser.driver().findElement(By.cssSelector("[id$=':edit']")).click();
        browser.type("form:name", "Kitchen plug renamed");
        browser.click("form:save");
        browser.awaitText(By.id("list:devices"), "Kitchen plug renamed");
        browser.driver().findElement(By.cssSelector("[id$=':delete']")).click();
        browser.click("confirm:yes");
        browser.awaitText(By.id("list:devices"), "No devices yet");
        assertThat(user.api().get("/api/v1/devices/" + deviceId).statusCode()).isEqualTo(404);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** On a failure, the screen and the console as they were, beside the test's report. */
    private static void diagnosed(Browser browser, String name, Step step) throws Exception {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            browser.screenshot(name);
            System.out.println(name + " console: " + browser.consoleErrors());
            throw e;
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    @Test
    void aViewerSeesTheSitesDevicesButNoAddEditOrDeleteButtons(Platform platform) throws Exception {
        TestUser owner = platform.newUser("devices-landlord");
        JsonObject site = Platform.object(owner.api().postJson("/api/v1/sites", "{\"name\":\"Flat 7\",\"timezone\":\"Europe/Vienna\"}"));
        long siteId = site.getJsonNumber("id").longValue();
        String deviceId = "flat-" + System.nanoTime();
        assertThat(owner.api().postJson("/api/v1/devices", "{\"device_id\":\"" + deviceId + "\",\"name\":\"Hall meter\",\"type\":\"meter\","
                + "\"site_id\":" + siteId + "}").statusCode()).isEqualTo(201);
        String email = "devices-viewer-" + System.nanoTime() + "@it.test";
        assertThat(platform.admin().postJson("/api/v1/users", "{\"email\":\"" + email + "\",\"password\":\"ViewPass123\","
                + "\"first_name\":\"Vera\",\"last_name\":\"Viewer\",\"roles\":[\"viewer\"]}").statusCode()).isEqualTo(201);
        assertThat(owner.api().postJson("/api/v1/sites/" + siteId + "/members", "{\"email\":\"" + email + "\",\"role\":\"viewer\"}")
                .statusCode()).isEqualTo(200);

        try (Browser browser = Browser.phone(platform)) {
            diagnosed(browser, "devices-viewer-failure", () -> viewerReads(browser, email, deviceId));
        }
    }

    private static void viewerReads(Browser browser, String email, String deviceId) {
        browser.signIn(email, "ViewPass123");
        browser.open("/app/devices");
        browser.awaitText(By.id("list:devices"), deviceId);
        assertThat(browser.driver().findElements(By.id("list:add"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':edit'], [id$=':delete'], [id$=':password']"))).isEmpty();
        browser.screenshot("devices-phone-viewer");

        browser.driver().findElement(By.xpath("//div[@id='list:layout']//div[contains(., 'Cards')]")).click();
        browser.await(By.cssSelector(".device-card"));
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':edit'], [id$=':delete']"))).isEmpty();
        browser.screenshot("devices-phone-cards");

        browser.open("/app/device?id=" + deviceId);
        browser.awaitText(By.id("device-topic"), "devices/" + deviceId + "/readings");
        assertThat(browser.driver().findElements(By.id("events:replace"))).isEmpty();
        browser.screenshot("devices-phone-device");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
