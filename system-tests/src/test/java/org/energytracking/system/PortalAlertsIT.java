package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The alert pages in Debian's Chromium: a threshold alert raised by published readings on the dashboard's card,
 * in the alerts list with a chart of the device that draws the threshold, acknowledged by the user; a rule made
 * in the rules editor, first refused beside its field.
 */
@ExtendWith(PlatformExtension.class)
class PortalAlertsIT {

    // The series of the alert's chart as Chart.js holds them once drawn: label and values.
    private static final String CHART_SERIES = "var chart = null; for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k];"
            + " if (w && w.id === 'form:alertChart' && w.chart) { chart = w.chart; } }"
            + " return chart ? chart.data.datasets.map(function (d) { return {label: d.label,"
            + " data: d.data.map(function (v) { return v === null ? null : Number(v); })}; }) : null;";

    @Test
    void aThresholdAlertShowsOnTheDashboardAndTheAlertsPageWithItsChartAndIsAcknowledgedAndARuleIsMadeInTheEditor(Platform platform)
            throws Exception {
        TestUser user = platform.newUser("portal-alerts");
        disableTheDefaultRule(user);
        String device = platform.newDevice(user.api(), "heater");
        HttpResponse<String> created = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Heater left on\",\"type\":\"threshold\","
                + "\"device_id\":\"" + device + "\",\"severity\":\"critical\",\"params\":{\"quantity\":\"power\",\"above\":2000,\"for_minutes\":1}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // ten minutes of a heater: low, then above 2,000 W for the last seven minutes
        // timed from now on: readings from before the rule was made are not judged by it
        long first = System.currentTimeMillis() + 1_000;
        int[] watts = {300, 320, 310, 305, 330, 315, 2100, 2300, 2450, 2400, 2350, 2380, 2390, 2400, 2410, 2420, 2430, 2400, 2380, 2360};
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < watts.length; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"ts\":").append(first + 30_000L * i).append(",\"power\":").append(watts[i]).append('}');
        }
        platform.publish("devices/" + device + "/readings", batch.append(']').toString());
        JsonObject alert = await("one open threshold alert for " + device).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> alerts(user, "?state=open&device_id=" + device), list -> list.size() == 1).get(0);
        String message = alert.getString("message");
        assertThat(message).startsWith("Test " + device + ": power above 2,000 W");

        try (Browser browser = Browser.desktop(platform)) {
            diagnosed(browser, "alerts-failure", () -> {
                dashboardCardAndAlertsPage(browser, user, device, message);
                acknowledge(browser, user, device);
                rulesEditor(browser, user, device);
                assertThat(browser.consoleErrors()).isEmpty();
            });
        }
    }

    private static void dashboardCardAndAlertsPage(Browser browser, TestUser user, String device, String message) {
        browser.signIn(user.email(), user.password());
        browser.awaitText(By.id("open-alerts-total"), "1");
        assertThat(browser.await(By.id("open-alerts-critical")).getText()).isEqualTo("Critical: 1");
        assertThat(browser.await(By.id("open-alerts-warning")).getText()).isEqualTo("Warning: 0");
        assertThat(browser.await(By.cssSelector(".open-alert-link")).getText()).isEqualTo(message);
        browser.driver().executeScript("document.getElementById('open-alerts').scrollIntoView()");
        browser.screenshot("alerts-dashboard-card");

        browser.driver().findElement(By.cssSelector(".open-alert-link")).click();
        browser.awaitUrl("/app/alerts");
        browser.awaitText(By.id("form:table"), message);
        browser.awaitText(By.id("focus-message"), message);
        List<?> series = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> browser.driver().executeScript(CHART_SERIES) instanceof List<?> list && !list.isEmpty() ? list : null);
        assertThat(series).as("the readings and the threshold").hasSize(2);
        Map<?, ?> power = (Map<?, ?>) series.get(0);
        Map<?, ?> threshold = (Map<?, ?>) series.get(1);
        assertThat(numbers(power.get("data"))).hasSize(20).contains(2450.0, 300.0);
        assertThat(threshold.get("label")).isEqualTo("Threshold");
        assertThat(numbers(threshold.get("data"))).hasSize(20).containsOnly(2000.0);
        assertThat(browser.await(By.id("form:chartBox")).getAttribute("data-threshold")).isEqualTo("2000.0");
        assertThat(browser.await(By.cssSelector("#form\\:alertChart canvas")).getSize().getHeight()).isGreaterThan(100);
        browser.screenshot("alerts-page-chart");
    }

    /** Selenium hands whole numbers back as Long, others as Double. */
    private static List<Double> numbers(Object values) {
        return ((List<?>) values).stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    private static void acknowledge(Browser browser, TestUser user, String device) {
        browser.click("form:table:0:acknowledge");
        browser.awaitText(By.id("form:messages"), "Acknowledged");
        browser.awaitText(By.id("form:table"), "No alerts here.");
        browser.driver().findElement(By.xpath("//div[@id='form:state']//*[normalize-space()='Acknowledged']")).click();
        browser.awaitText(By.id("form:table"), "by Test portal-alerts");
        JsonObject acknowledged = alerts(user, "?device_id=" + device).get(0);
        assertThat(acknowledged.getString("state")).isEqualTo("acknowledged");
        assertThat(acknowledged.getJsonNumber("acknowledged_by").longValue()).isEqualTo(user.id());
        assertThat(acknowledged.getString("acknowledged_by_name")).isEqualTo("Test portal-alerts");
        browser.screenshot("alerts-page-acknowledged");
    }

    private static void rulesEditor(Browser browser, TestUser user, String device) {
        browser.open("/app/alert-rules");
        browser.awaitText(By.id("form:rules"), "Heater left on");
        browser.click("form:newRule");
        browser.type("form:name", "Fridge too warm");
        browser.choose("form:params_quantity", "Temperature (°C)");
        browser.driver().findElement(By.xpath("//div[@id='form:direction']//*[normalize-space()='below']")).click();
        browser.click("form:save");
        browser.awaitText(By.id("form:params_value_message"), "params.above");
        browser.screenshot("alerts-rules-editor-refused");
        browser.type("form:params_value", "8");
        browser.type("form:params_for_minutes", "5");
        browser.click("form:save");
        browser.awaitText(By.id("form:rules"), "Fridge too warm");
        assertThat(browser.await(By.id("form:rules")).getText()).contains("temperature below 8 °C for 5 min");
        browser.screenshot("alerts-rules-editor");
        JsonObject rule = Platform.array(user.api().get("/api/v1/alert-rules")).stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("name").equals("Fridge too warm")).findFirst().orElseThrow();
        assertThat(rule.getString("type")).isEqualTo("threshold");
        assertThat(rule.getString("device_id")).isEqualTo(device);
        JsonObject params = rule.getJsonObject("params");
        assertThat(params.getString("quantity")).isEqualTo("temperature");
        assertThat(params.getJsonNumber("below").doubleValue()).isEqualTo(8.0);
        assertThat(params.containsKey("above") && !params.isNull("above")).as("no upper bound").isFalse();
        assertThat(params.getInt("for_minutes")).isEqualTo(5);
    }

    /** The personal site's offline rule would add its own alert once the heater stops reporting. */
    private static void disableTheDefaultRule(TestUser user) {
        JsonObject preset = Platform.array(user.api().get("/api/v1/alert-rules")).getJsonObject(0);
        HttpResponse<String> disabled = user.api().put("/api/v1/alert-rules/" + preset.getInt("id"), "{\"name\":\"" + preset.getString("name")
                + "\",\"type\":\"offline\",\"site_id\":" + preset.getInt("site_id") + ",\"enabled\":false}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    }

    private static List<JsonObject> alerts(TestUser user, String query) {
        return Platform.array(user.api().get("/api/v1/alerts" + query)).stream().map(JsonObject.class::cast).toList();
    }

    /** On a failure, the screen and the console as they were, beside the test's report. */
    private static void diagnosed(Browser browser, String name, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(name);
            System.out.println(name + " console: " + browser.consoleErrors());
            throw e;
        }
    }
}
