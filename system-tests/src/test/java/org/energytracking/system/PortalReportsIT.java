package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Reports page in Debian's Chromium: a monthly report made by the schedule listed with its summary and
 * downloaded as CSV, its PDF's first page previewed (rendered on the server), run again from the page as version 2, a
 * new definition refused beside its field and then saved; a custom report of the analytics page's days.
 */
@ExtendWith(PlatformExtension.class)
class PortalReportsIT {

    @Test
    void theReportsPageListsDefinitionsAndRunsDownloadsRunsAgainAndSavesANewOne(Platform platform) throws Exception {
        ReportHistory history = ReportHistory.lastMonth(platform, "portal-reports");
        TestUser user = history.user();
        HttpResponse<String> created = user.api().postJson("/api/v1/report-definitions", "{\"name\":\"Monthly for the portal\",\"site_id\":"
                + history.site() + ",\"period\":\"monthly\",\"delivery_time\":\"00:00\",\"first_period\":\"" + history.month() + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String summary = "Energy " + BigDecimal.valueOf(history.energyWh()).movePointLeft(3).setScale(3).toPlainString() + " kWh, cost "
                + history.cost() + " EUR";
        await("the scheduled run done").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> user.api().get("/api/v1/report-runs").body(), body -> body.contains(summary));

        try (Browser browser = Browser.downloading(platform, "reports")) {
            browser.signIn(user.email(), user.password());
            browser.click("nav:navReports");
            browser.awaitUrl("/app/reports");
            browser.awaitText(By.id("form:definitions"), "Monthly for the portal");
            browser.awaitText(By.id("form:runs"), summary);
            browser.screenshot("reports-page");

            browser.driver().findElement(By.cssSelector("#form\\:runs .download-csv")).click();
            List<String> csv = browser.download(".csv");
            assertThat(csv).hasSize(1 + history.days());
            assertThat(csv.get(0)).isEqualTo("date,device_id,device_name,energy_wh,energy_cost_EUR,power_max_w,complete");

            browser.driver().findElement(By.cssSelector("#form\\:runs .preview-link")).click();
            browser.awaitText(By.id("form:previewPanel"), "First page of Monthly for the portal, " + history.month());
            await("the first page rendered on the server shown").atMost(Duration.ofSeconds(10)).until(() -> (Long) browser.driver()
                    .executeScript("var i = document.getElementById('previewImage'); return i && i.complete ? i.naturalWidth : 0;"), width -> width > 600);
            browser.driver().executeScript("document.getElementById('previewTitle').scrollIntoView();");
            browser.screenshot("reports-pdf-preview");

            browser.click("form:definitions:0:runNow");
            browser.awaitText(By.id("form:messages"), "The report is being made");
            await("version 2 listed after a refresh").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.click("form:refresh");
                browser.awaitAjax();
                return browser.await(By.id("form:runs")).getText();
            }, runs -> runs.contains("(v2)") && runs.split("done", -1).length - 1 >= 2);
            browser.screenshot("reports-run-again");

            browser.type("form:name", "Weekly for the landlord");
            browser.choose("form:period", "Weekly (from Monday)");
            browser.type("form:delivery_time", "25:00");
            browser.click("form:save");
            browser.awaitText(By.id("form"), "a local time as HH:mm");
            browser.screenshot("reports-refused-time");
            browser.type("form:delivery_time", "07:30");
            browser.click("form:save");
            browser.awaitText(By.id("form:definitions"), "Weekly for the landlord");
            assertThat(browser.await(By.id("form:definitions")).getText()).contains("Weekly (from Monday), 07:30");
            assertThat(browser.consoleErrors()).isEmpty();

            browser.open("/app/analytics");
            browser.click("form:makeReport");
            browser.awaitText(By.id("form:messages"), "is being made");
            browser.screenshot("analytics-custom-report");
            await("the analytics page's custom report made and listed").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> user.api().get("/api/v1/report-runs").body(),
                            runs -> runs.contains("\"period\":\"custom\"") && !runs.contains("\"state\":\"pending\"")
                                    && !runs.contains("\"state\":\"running\""));
        }
    }
}
