package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

/**
 * The dashboard in Debian's Chromium: today's readings in the chart and KPIs, a new reading live on its card,
 * this month and a custom period, and the CSV buttons of the dashboard and the device page.
 */
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
        TheDay.staysTheSameFor(Duration.ofMinutes(5));
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

    @Test
    void aCustomPeriodAndThisMonthShowTheirDaysAndKwhAndEveryCsvButtonSendsWhatIsShown(Platform platform) throws Exception {
        TheDay.staysTheSameFor(Duration.ofMinutes(5));
        TestUser user = platform.newUser("dashboard-periods");
        String device = platform.newDevice(user.api(), "past");
        long site = Platform.object(user.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
        assertThat(user.api().put("/api/v1/sites/" + site, "{\"name\":\"Past home\",\"timezone\":\"UTC\"}").statusCode()).isEqualTo(200);
        assertThat(user.api().put("/api/v1/devices/" + device, "{\"name\":\"Test " + device + "\",\"timezone\":\"UTC\"}")
                .statusCode()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(40);
        LocalDate last = first.plusDays(2);
        // the 1st of this month, when that is a day already over, is the month's only consumption
        LocalDate monthDay = today.getDayOfMonth() > 1 ? today.withDayOfMonth(1) : null;
        HttpResponse<String> imported = user.api().post("/api/v1/devices/" + device + "/readings", "text/csv",
                pastDays(first, last, monthDay));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        awaitRolledUp(user, device, first, last.plusDays(1), 3 * 24_000);
        double monthKwh = monthDay == null ? 0 : 24;
        if (monthDay != null) {
            awaitRolledUp(user, device, monthDay, monthDay.plusDays(1), 24_000);
        }

        JsonObject running = Platform.object(user.api().get("/api/v1/devices/" + device + "/analytics?from="
                + today.withDayOfMonth(1) + "&to=" + today.withDayOfMonth(1).plusMonths(1))).getJsonObject("comparison");
        Instant comparedUntil = Instant.parse(running.getString("compared_until"));
        assertThat(comparedUntil).isBetween(Instant.now().minus(Duration.ofMinutes(16)), Instant.now());
        assertThat(running.getJsonObject("current").getString("to")).isEqualTo(running.getString("compared_until"));
        assertThat(running.getJsonObject("current").getJsonNumber("energy_wh").doubleValue()).isEqualTo(monthKwh * 1000);
        JsonObject over = Platform.object(user.api().get("/api/v1/devices/" + device + "/analytics?from=" + first + "&to="
                + last.plusDays(1))).getJsonObject("comparison");
        assertThat(over.containsKey("compared_until")).as("a period that is over is compared whole").isFalse();

        try (Browser browser = Browser.downloading(platform, "dashboard")) {
            browser.signIn(user.email(), user.password());
            browser.driver().findElement(By.xpath("//div[@id='form:choice']//*[normalize-space()='This month']")).click();
            LocalDate monthStart = today.withDayOfMonth(1);
            awaitPeriod(browser, monthStart, today.withDayOfMonth(today.lengthOfMonth()), today.lengthOfMonth());
            assertThat(browser.await(By.id("kpi-period-kwh")).getText()).isEqualTo(String.format(Locale.US, "%,.2f kWh", monthKwh));
            assertThat(browser.await(By.id("form:kpi-vs-previous-until")).getText()).startsWith("vs previous period up to");
            browser.screenshot("dashboard-this-month");

            browser.driver().findElement(By.xpath("//div[@id='form:choice']//*[normalize-space()='Custom']")).click();
            browser.awaitAjax();
            browser.setText("form:customFirst_input", first.toString());
            browser.setText("form:customLast_input", last.toString());
            browser.click("form:apply");
            List<?> chart = awaitPeriod(browser, first, last, 3);
            assertThat(chart.stream().mapToDouble(v -> ((Number) v).doubleValue()).sum()).isCloseTo(72, offset(0.001));
            assertThat(browser.await(By.id("kpi-period-kwh")).getText()).isEqualTo("72.00 kWh");
            assertThat(browser.await(By.id("form:kpi-vs-previous")).getText()).isEqualTo("vs previous period");
            browser.screenshot("dashboard-custom-period");

            browser.click("form:exportChart");
            List<String> consumption = browser.download("consumption.csv");
            assertThat(consumption.get(0)).isEqualTo("Start,This period (kWh),Previous period (kWh)");
            assertThat(consumption).hasSize(4);
            assertThat(consumption.get(1)).isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.US)
                    .format(first) + ",24.000,");
            browser.click("form:exportDevices");
            List<String> devices = browser.download("devices.csv");
            assertThat(devices.get(0)).isEqualTo("Device ID,Name,Status,Last seen (UTC),Power (W)");
            assertThat(devices).anySatisfy(line -> assertThat(line).startsWith(device + ",Test " + device + ","));

            browser.open("/app/device?id=" + device);
            browser.setText("history:from_input", first.toString());
            browser.setText("history:to_input", first.toString());
            browser.click("history:show");
            browser.awaitAjax();
            browser.screenshot("device-history-past-day");
            browser.click("history:csv");
            List<String> history = browser.download(device + "-hour.csv");
            assertThat(history.get(0)).startsWith("start,energy_kwh,cost_").endsWith(",power_avg_w,complete");
            assertThat(history).hasSize(25);
            String[] firstHour = history.get(1).split(",");
            assertThat(firstHour[0]).isEqualTo(first + "T00:00Z");
            assertThat(new BigDecimal(firstHour[1])).isEqualByComparingTo("1");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Waits for the chart of a period of so many days, and checks the period's days above it. */
    private static List<?> awaitPeriod(Browser browser, LocalDate first, LocalDate last, int days) {
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);
        String label = medium.format(first) + " – " + medium.format(last);
        List<?> chart = new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver ->
                browser.driver().executeScript(CHART_DATA) instanceof List<?> data && data.size() == days
                        && driver.findElement(By.id("period-label")).getText().equals(label) ? data : null);
        return chart;
    }

    /** Counter readings every 15 minutes, 1000 W, over the days first..last, and over monthDay (when not null) after a flat gap. */
    private static String pastDays(LocalDate first, LocalDate last, LocalDate monthDay) {
        StringBuilder csv = new StringBuilder("ts,energy\n");
        long counterWh = quarters(csv, first.atStartOfDay(ZoneOffset.UTC).toInstant(), 3 * 96, 0);
        if (monthDay != null) {
            quarters(csv, monthDay.atStartOfDay(ZoneOffset.UTC).toInstant(), 96, counterWh);
        }
        return csv.toString();
    }

    private static long quarters(StringBuilder csv, Instant start, int count, long counterWh) {
        for (int i = 0; i <= count; i++) {
            csv.append(start.plusMillis(i * QUARTER_MS)).append(',').append(counterWh + (long) (i * WH_PER_QUARTER)).append('\n');
        }
        return counterWh + (long) (count * WH_PER_QUARTER);
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

    private static void awaitRolledUp(TestUser user, String device, long midnight, double expectedWh) {
        LocalDate day = Instant.ofEpochMilli(midnight).atZone(ZoneOffset.UTC).toLocalDate();
        awaitRolledUp(user, device, day, day.plusDays(1), expectedWh);
    }

    /** Until the device's days from first to end (exclusive) add up to the expected energy. */
    private static void awaitRolledUp(TestUser user, String device, LocalDate first, LocalDate end, double expectedWh) {
        String path = "/api/v1/devices/" + device + "/energy?resolution=day&from=" + first + "&to=" + end;
        await("the days of " + device + " from " + first + " to " + end + " rolled up to " + expectedWh + " Wh")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(knownEnergyWh(user, path, expectedWh)).isEqualTo(expectedWh));
    }

    /** The sum of the days' energy, or -1 while none is known (0 when none is expected). */
    private static double knownEnergyWh(TestUser user, String path, double expectedWh) {
        List<JsonObject> known = Platform.array(user.api().get(path)).stream().map(JsonObject.class::cast)
                .filter(day -> !day.isNull("energy_wh")).toList();
        // in the first quarter hour of a day nothing of it is known yet: null is the right answer
        return known.isEmpty() ? (expectedWh == 0 ? 0 : -1)
                : known.stream().mapToDouble(day -> day.getJsonNumber("energy_wh").doubleValue()).sum();
    }
}
