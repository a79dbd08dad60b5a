package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A tariff made and assigned in the browser, a week on the analytics page, then the tariff's
 * preview, all against one hand calculation. The week: 1 kW in Berlin, Monday 2026-10-12 to Monday
 * 2026-10-19 (no clock change), 24 kWh a day. The tariff charges 0.30 EUR/kWh on weekdays 07:00-22:00, 0.20 otherwise and
 * 0.50 EUR a day: a weekday costs 4.50 + 1.80 + 0.50 = 6.80, a weekend day 4.80 + 0.50 = 5.30, the
 * week 5 × 6.80 + 2 × 5.30 = 44.60. Priced with it, October (the week's 168 kWh: 31.50 + 9.60 of
 * energy, 31 standing charges of 0.50) would have cost 56.60.
 */
@ExtendWith(PlatformExtension.class)
class PortalAnalyticsIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 10, 12, 0, 0, 0, 0, BERLIN);
    private static final int READINGS = 7 * 96 + 1;

    @Test
    void aTimeOfUseTariffMadeInTheBrowserPricesAWeekOnTheAnalyticsPageAndInItsCsv(Platform platform) throws Exception {
        TestUser user = platform.newUser("analytics");
        String device = platform.newDevice(user.api(), "analytics");
        long site = Platform.object(user.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
        HttpResponse<String> moved = user.api().put("/api/v1/sites/" + site, "{\"name\":\"Analytics home\",\"timezone\":\"Europe/Berlin\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        HttpResponse<String> imported = user.api().post("/api/v1/devices/" + device + "/readings", "text/csv", week());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(platform.awaitReadings(device, READINGS, Duration.ofSeconds(60))).isEqualTo(READINGS);

        try (Browser browser = Browser.downloading(platform, "analytics")) {
            onFailure(browser, "analytics-desktop-failed", () -> tariffThenAnalytics(browser, user, device));
        }

        try (Browser phone = Browser.phone(platform)) {
            onFailure(phone, "analytics-phone-failed", () -> onThePhone(phone, user));
        }
    }

    private static void tariffThenAnalytics(Browser browser, TestUser user, String device) throws Exception {
        browser.signIn(user.email(), user.password());
        browser.open("/app/tariffs");
        press(browser, "form:newTariff");
        typeIn(browser, "form:name", "Home TOU");
        setDate(browser, "form:versions:0:valid_from_input", "2026-10-01");
        typeIn(browser, "form:versions:0:standing_charge_per_day", "0.50");
        typeIn(browser, "form:versions:0:default_price_per_kwh", "0.20");
        press(browser, "form:versions:0:addRate");
        typeIn(browser, "form:versions:0:rates:0:price_per_kwh", "0.30");
        press(browser, "form:save");
        awaitLong(browser, By.id("form:tariffs"), "Home TOU");
        press(browser, "form:exportList");
        List<String> tariffs = browser.download("tariffs.csv");
        assertThat(tariffs.get(0)).isEqualTo("id,name,currency,versions,valid_since");
        assertThat(tariffs).anySatisfy(line -> assertThat(line).contains(",Home TOU,").endsWith(",1,2026-10-01"));

        choose(browser, "form:target", "Device: Test " + device);
        choose(browser, "form:assignTariff", "Home TOU");
        setDate(browser, "form:assignFrom_input", "2026-10-01");
        press(browser, "form:assign");
        awaitLong(browser, By.id("form:timeline"), "Home TOU");
        browser.screenshot("tariffs-desktop-assigned");
        assertThat(browser.consoleErrors()).isEmpty();

        browser.open("/app/analytics");
        showTheWeek(browser);
        awaitCost(browser, "44.60");
        assertThat(browser.driver().findElement(By.id("form:energyKwh")).getText()).isEqualTo("168");
        assertThat(browser.driver().findElement(By.id("form:sharesTable")).getText()).contains("MON-FRI 07:00-22:00");
        assertThat(browser.driver().findElement(By.id("form:ranking")).getText()).contains("Test " + device, "168");
        browser.screenshot("analytics-desktop");

        press(browser, "form:exportTrend");
        List<String> csv = browser.download("-trend-2026-10-12-2026-10-18.csv");
        assertThat(csv.get(0)).isEqualTo("start,energy_kwh,cost,previous_start,previous_energy_kwh,previous_cost,export_kwh,"
                + "export_credit,net_cost");
        assertThat(csv).hasSize(8);
        assertThat(csv.get(1)).startsWith("2026-10-12T00:00,24.000,6.80,2026-10-05T00:00,");
        assertThat(csv.get(6)).startsWith("2026-10-17T00:00,24.000,5.30,");
        assertThat(browser.consoleErrors()).isEmpty();

        browser.open("/app/tariffs");
        press(browser, "form:tariffs:0:edit");
        setDate(browser, "form:previewMonth_input", "2026-10");
        press(browser, "form:preview");
        awaitLong(browser, By.id("form:previewTotal"), "56.60");
        assertThat(browser.driver().findElement(By.id("form:previewWindows")).getText()).contains("MON-FRI 07:00-22:00", "default");
        browser.screenshot("tariffs-desktop-preview");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void onThePhone(Browser phone, TestUser user) throws Exception {
        phone.signIn(user.email(), user.password());
        phone.open("/app/analytics");
        showTheWeek(phone);
        awaitCost(phone, "44.60");
        phone.screenshot("analytics-phone");
        phone.open("/app/tariffs");
        press(phone, "form:tariffs:0:edit");
        patiently(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("form:name")));
        phone.screenshot("tariffs-phone");
        assertThat(phone.consoleErrors()).isEmpty();
    }

    interface Steps {
        void run() throws Exception;
    }

    /** A failed step leaves a screenshot and the page's text, to see what the page said instead. */
    private static void onFailure(Browser browser, String screenshot, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError failed) {
            browser.screenshot(screenshot);
            System.err.println(screenshot + ": " + browser.driver().findElement(By.tagName("body")).getText());
            throw failed;
        }
    }

    private static String week() {
        StringBuilder csv = new StringBuilder("ts,energy\n");
        Instant start = START.toInstant();
        for (int i = 0; i < READINGS; i++) {
            csv.append(start.plusSeconds(900L * i)).append(',').append(1_000_000 + 250 * i).append('\n');
        }
        return csv.toString();
    }

    /**
     * The menu's widget queues the choice's ajax request before it returns (PrimeFaces sends a request without a
     * delay at once), and Browser.choose waits until the menu shows the label and no request is queued or in flight.
     */
    private static void choose(Browser browser, String id, String label) {
        browser.choose(id, label);
    }

    private static void showTheWeek(Browser browser) throws InterruptedException {
        choose(browser, "form:preset", "Custom dates");
        setDate(browser, "form:from_input", "2026-10-12");
        setDate(browser, "form:to_input", "2026-10-18");
        press(browser, "form:show");
        awaitLong(browser, By.id("form:period"), "2026");
    }

    /** Costs follow an assignment once metering has re-priced the week; until then the page shows less, so ask again. */
    private static void awaitCost(Browser browser, String cost) {
        await("the analytics page showing the week's cost " + cost + " once metering re-priced it").atMost(Duration.ofSeconds(150))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(3)).until(() -> {
                    if (browser.driver().findElement(By.id("form:cost")).getText().contains(cost)) {
                        return true;
                    }
                    press(browser, "form:show");
                    return false;
                });
    }

    /** On a busy machine a first answer can take longer than a click's usual wait. */
    private static WebDriverWait patiently(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
    }

    private static void awaitLong(Browser browser, By locator, String text) {
        patiently(browser).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private static void setDate(Browser browser, String id, String date) {
        patiently(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        browser.setText(id, date);
    }

    private static void typeIn(Browser browser, String id, String text) {
        patiently(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        browser.type(id, text);
    }

    private static void press(Browser browser, String id) {
        patiently(browser).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.click(id);
        browser.awaitAjax();
    }
}
