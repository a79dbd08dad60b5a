package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in Debian's Chromium: today's readings in the chart and KPIs, and a new reading live on its card. */
@ExtendWith(PlatformExtension.class)
class PortalDashboardIT {

    private static final long QUARTER_MS = Duration.ofMinutes(15).toMillis();
    private static final double WH_PER_QUARTER = 250;
    // The chart's first series (this period), as Chart.js holds it once drawn.
    private static final String CHART_DATA = "var chart = null; for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k];"
            + " if (w && w.id === 'form:consumption' && w.chart) { chart = w.chart; } }"
            + " return chart ? chart.data.datasets[0].data.map(function (v) { return v === null ? 0 : Number(v); }) : null;";

    @Test
    void theDashboardShowsTodaysReadingsAndALiveReadingOnTheDeviceCardWithoutAReload(Platform platform) throws Exception {
        TestUser user = platform.newUser("dashboard");
        String device = platform.newDevice(user.api(), "dash");
        // the personal site's zone, so the device's days and the dashboard's "today" are the same UTC day
        assertThat(user.api().put("/api/v1/devices/" + device, "{\"name\":\"Test " + device + "\",\"timezone\":\"UTC\"}")
                .statusCode()).isEqualTo(200);
        long midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long last = Instant.now().truncatedTo(ChronoUnit.MINUTES).toEpochMilli() / QUARTER_MS * QUARTER_MS;
        long first = Math.min(midnight, last - 4 * QUARTER_MS);
        publishQuarters(platform, device, first, last);
        double todayKwh = (last - midnight) / QUARTER_MS * WH_PER_QUARTER / 1000;
        awaitRolledUp(user, device, midnight, todayKwh * 1000);

        try (Browser browser = Browser.desktop(platform)) {
            browser.signIn(user.email(), user.password());
            assertThat(browser.await(By.id("welcome")).getText()).contains(user.email());
            List<?> chart = awaitChart(browser);
            assertThat(chart.stream().mapToDouble(v -> ((Number) v).doubleValue()).sum()).isCloseTo(todayKwh, offset(0.001));
            assertThat(browser.await(By.id("kpi-today-kwh")).getText()).isEqualTo(String.format(Locale.US, "%,.2f kWh", todayKwh));
            browser.screenshot("dashboard-desktop");

            By power = By.xpath("//article[.//div[normalize-space()='" + device + "']]//span[contains(@class,'power-value')]");
            assertThat(browser.await(power).getText()).isEqualTo("1,000");
            long published = System.nanoTime();
            platform.publish("devices/" + device + "/readings", "{\"ts\":" + System.currentTimeMillis() + ",\"power\":1234}");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5), Duration.ofMillis(20))
                    .until(driver -> driver.findElement(power).getText().equals("1,234"));
            long millis = Duration.ofNanos(System.nanoTime() - published).toMillis();
            System.out.println("Live reading on the card after " + millis + " ms");
            assertThat(millis).isLessThan(2_000);
            browser.screenshot("dashboard-desktop-live");

            browser.driver().findElement(By.xpath("//div[@id='form:choice']//*[normalize-space()='This week']")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> browser.driver().executeScript(CHART_DATA) instanceof List<?> data && data.size() == 7);
            assertThat(browser.consoleErrors()).isEmpty();
        }
        try (Browser phone = Browser.phone(platform)) {
            phone.signIn(user.email(), user.password());
            assertThat(awaitChart(phone)).isNotEmpty();
            phone.screenshot("dashboard-phone");
            assertThat(phone.consoleErrors()).isEmpty();
        }
    }

    private static List<?> awaitChart(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> browser.driver().executeScript(CHART_DATA) instanceof List<?> data ? data : null);
    }

    /** 1000 W, so 250 Wh a quarter, counted by an energy counter from 0 at the first reading. */
    private static void publishQuarters(Platform platform, String device, long first, long last) {
        List<String> readings = new ArrayList<>();
        for (long ts = first; ts <= last; ts += QUARTER_MS) {
            readings.add("{\"ts\":" + ts + ",\"power\":1000,\"energy\":" + (ts - first) / QUARTER_MS * WH_PER_QUARTER + "}");
        }
        for (int i = 0; i < readings.size(); i += 24) {
            platform.publish("devices/" + device + "/readings",
                    readings.subList(i, Math.min(readings.size(), i + 24)).stream().collect(Collectors.joining(",", "[", "]")));
        }
    }

    private static void awaitRolledUp(TestUser user, String device, long midnight, double expectedWh) throws InterruptedException {
        String path = "/api/v1/devices/" + device + "/energy?resolution=day&from=" + Instant.ofEpochMilli(midnight)
                + "&to=" + Instant.ofEpochMilli(midnight).plus(Duration.ofDays(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        double energyWh = -1;
        while (System.nanoTime() < deadline && Math.abs(energyWh - expectedWh) > 0.001) {
            JsonArray days = Platform.array(user.api().get(path));
            JsonObject today = days.getJsonObject(0);
            // in the first quarter hour of the day nothing of today is known yet: null is the right answer
            energyWh = today.isNull("energy_wh") ? (expectedWh == 0 ? 0 : -1) : today.getJsonNumber("energy_wh").doubleValue();
            Thread.sleep(500);
        }
        assertThat(energyWh).as("today's energy of %s", device).isEqualTo(expectedWh);
    }
}
