package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The anomaly band in Debian's Chromium. Two plugs of one site with five weeks of history; one drew 1.5 kWh more than
 * usual yesterday 02:00–03:00, which is an anomaly of the plug and of the site's total. The plug's page and the
 * analytics page (the site's total) draw the usual range behind the line and that hour as one red point; clicking
 * the point opens the Alerts page on that very alert.
 */
@ExtendWith(PlatformExtension.class)
class PortalAnomalyIT {

    // Of the chart drawn in the element with the given id: how many marks (dataset 0) and band values (dataset 2, the
    // upper bound) it has, and where the first mark is drawn (CSS pixels in the canvas) and the canvas's size.
    private static final String MARK = "var chart = null; for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k];"
            + " if (w && w.id === arguments[0] && w.chart) { chart = w.chart; } }"
            + " if (!chart) { return null; }"
            + " var marks = chart.data.datasets[0].data, i = marks.findIndex(function (v) { return v !== null; });"
            + " var point = i < 0 ? null : chart.getDatasetMeta(0).data[i];"
            + " return {marks: marks.filter(function (v) { return v !== null; }).length,"
            + " band: chart.data.datasets[2].data.filter(function (v) { return v !== null; }).length,"
            + " x: point ? point.x : -1, y: point ? point.y : -1, width: chart.canvas.clientWidth, height: chart.canvas.clientHeight};";

    @Test
    void theBandAndItsMarkShowOnTheDeviceAndAnalyticsPagesAndAMarkOpensItsAlert(Platform platform) throws Exception {
        TestUser user = platform.newUser("portal-anomaly");
        String heater = platform.newDevice(user.api(), "heater");
        String fridge = platform.newDevice(user.api(), "fridge");
        long site = Platform.object(user.api().get("/api/v1/devices/" + heater)).getJsonNumber("site_id").longValue();
        String siteName = Platform.object(user.api().get("/api/v1/sites/" + site)).getString("name");
        long end = System.currentTimeMillis() / LabelledHistory.HOUR * LabelledHistory.HOUR;
        long night = LabelledHistory.localHours(end, 1, 2, 1).get(0);
        for (String device : List.of(heater, fridge)) {
            String csv = LabelledHistory.csv(end, 35, hour -> LabelledHistory.usualWh(hour) + (device.equals(heater) && hour == night ? 1500 : 0));
            HttpResponse<String> imported = user.api().post("/api/v1/devices/" + device + "/readings", "text/csv", csv);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        }
        JsonObject deviceAlert = await("the heater's anomaly").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> anomalies(user, "device_id=" + heater), list -> !list.isEmpty()).get(0);
        JsonObject siteAlert = await("the site total's anomaly").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> anomalies(user, "site_id=" + site).stream().filter(a -> !a.containsKey("device_id") || a.isNull("device_id")).toList(),
                        list -> !list.isEmpty()).get(0);

        try (Browser browser = Browser.desktop(platform)) {
            try {
                browser.signIn(user.email(), user.password());
                browser.open("/app/device?id=" + heater);
                clickTheMark(browser, "history:chart");
                browser.awaitUrl("alert=" + deviceAlert.getInt("id"));
                browser.awaitText(By.id("focus-message"), "Test " + heater + ": ");
                browser.screenshot("anomaly-device-mark-opened");

                browser.open("/app/analytics");
                clickTheMark(browser, "form:band");
                browser.awaitUrl("alert=" + siteAlert.getInt("id"));
                browser.awaitText(By.id("focus-message"), siteName + ": ");
                browser.screenshot("anomaly-site-mark-opened");
                assertThat(browser.consoleErrors()).isEmpty();
            } catch (Exception | AssertionError failed) {
                browser.screenshot("anomaly-failed");
                System.err.println("anomaly-failed: " + browser.driver().findElement(By.tagName("body")).getText());
                throw failed;
            }
        }
    }

    /** Waits for the chart's band and its one mark, drawn and still, then clicks the mark. */
    private static void clickTheMark(Browser browser, String chartId) {
        WebElement canvas = browser.await(By.cssSelector("[id='" + chartId + "'] canvas"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
        AtomicReference<Map<?, ?>> last = new AtomicReference<>();
        Map<?, ?> chart = await("the band and one mark drawn, still, in " + chartId).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(300)).until(() -> {
                    Map<?, ?> now = (Map<?, ?>) browser.driver().executeScript(MARK, chartId);
                    Map<?, ?> before = last.getAndSet(now);
                    return now != null && now.equals(before) ? now : null;
                }, drawn -> drawn != null);
        browser.screenshot("anomaly-band-" + chartId.replace(':', '-'));
        assertThat(((Number) chart.get("marks")).intValue()).as("the unusual hour's mark").isEqualTo(1);
        assertThat(((Number) chart.get("band")).intValue()).as("the usual range drawn").isGreaterThan(24);
        double x = ((Number) chart.get("x")).doubleValue() - ((Number) chart.get("width")).doubleValue() / 2;
        double y = ((Number) chart.get("y")).doubleValue() - ((Number) chart.get("height")).doubleValue() / 2;
        new Actions(browser.driver()).moveToElement(canvas, (int) Math.round(x), (int) Math.round(y)).click().perform();
    }

    private static List<JsonObject> anomalies(TestUser user, String filter) {
        return Platform.array(user.api().get("/api/v1/alerts?" + filter)).stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("type").equals("anomaly")).toList();
    }
}
