package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Administration and profile pages in Debian's Chromium: invite by email, disable, audit, 403 for viewers, password, sessions, time zone. */
@ExtendWith(PlatformExtension.class)
class PortalAdminIT {

    private static final By ADMIN_MENU = By.xpath("//form[@id='nav']//*[contains(text(),'Administration')]");

    /** Each list of the administration pages and the profile as the CSV its button sends: its header, and a row it must hold. */
    @Test
    void everyAdministrationListAndTheSessionsDownloadAsCsv(Platform platform) throws Exception {
        record Export(String page, String file, String header, String row) {
        }
        List<Export> exports = List.of(
                new Export("/app/admin/users", "users.csv", "id,email,name,roles,enabled,invitation_pending,created",
                        "," + RunningPlatform.ADMIN_EMAIL + ","),
                new Export("/app/admin/roles", "roles.csv", "role,permission,granted", "admin,devices:write,true"),
                new Export("/app/admin/sites", "sites.csv", "id,name,timezone,personal,created", ",UTC,"),
                new Export("/app/admin/audit", "audit.csv", "id,at_utc,email,action,outcome,target,client_address,details",
                        "," + RunningPlatform.ADMIN_EMAIL + ",login,"),
                new Export("/app/admin/system", "system.csv", "kind,name,value,environment_variable_or_data", ",retention.months,"),
                new Export("/app/profile", "sessions.csv", "id,client,address,started,last_used,current", ",true"));
        try (Browser admin = Browser.downloading(platform, "admin")) {
            admin.signIn(RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD);
            for (Export export : exports) {
                admin.open(export.page());
                admin.await(By.cssSelector("button[id$=':export']")).click();
                List<String> csv = admin.download(export.file());
                assertThat(csv.get(0)).as(export.file()).isEqualTo(export.header());
                assertThat(csv.subList(1, csv.size())).as(export.file()).anyMatch(line -> line.contains(export.row()));
            }
            admin.screenshot("admin-csv-exports-1440");
            assertThat(admin.consoleErrors()).isEmpty();
        }
    }

    @Test
    void anAdministratorInvitesAViewerByEmailDisablesAndReEnablesThemAndFindsItInTheAuditLog(Platform platform) throws Exception {
        String email = "invited-" + System.nanoTime() + "@it.test";
        String replaced;
        String link;
        try (Browser admin = Browser.desktop(platform)) {
            admin.signIn(RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD);
            assertThat(admin.driver().findElements(ADMIN_MENU)).isNotEmpty();
            admin.open("/app/admin/users");
            admin.click("table:invite");
            admin.type("form:email", email);
            admin.type("form:first_name", "Vera");
            admin.type("form:last_name", "Viewer");
            assertThat(admin.driver().findElements(By.id("form:password"))).as("the invitee chooses it").isEmpty();
            admin.click("form:send");
            admin.awaitText(By.id("table:messages"), "Invited " + email);
            admin.awaitText(By.id("table:users:0:status"), "Invited");
            assertThat(admin.await(By.id("table:users_data")).getText()).contains(email, "viewer");
            admin.screenshot("admin-users-invited-1440");
            replaced = invitationLink(platform, email, 1);

            admin.click("table:users:0:resend");
            admin.awaitText(By.id("table:messages"), "new invitation");
            link = invitationLink(platform, email, 2);
            assertThat(link).isNotEqualTo(replaced);

            admin.click("table:users:0:toggle");
            admin.awaitText(By.id("table:users:0:status"), "Disabled");
            admin.click("table:users:0:toggle");
            admin.awaitText(By.id("table:users:0:status"), "Invited");

            admin.open("/app/admin/audit");
            admin.type("form:email", RunningPlatform.ADMIN_EMAIL);
            admin.click("form:action");
            admin.type("form:action_filter", "user_updated");
            admin.await(By.cssSelector("#form\\:action_panel li[data-label='user_updated']")).click();
            admin.awaitText(By.id("form:action_label"), "user_updated");
            admin.click("form:apply");
            // the unfiltered table's first rows may read the same: wait for the filtered one
            admin.awaitAjax();
            admin.awaitText(By.cssSelector("#form\\:events_data tr:nth-child(2)"), "disabled");
            admin.awaitText(By.cssSelector("#form\\:events_data tr:nth-child(1)"), "enabled");
            assertThat(admin.await(By.cssSelector("#form\\:events_data tr:nth-child(1)")).getText())
                    .contains("user_updated", RunningPlatform.ADMIN_EMAIL);
            assertThat(admin.await(By.id("form:events_data")).getText()).doesNotContain("login");
            admin.screenshot("admin-audit-filtered-1440");
            assertThat(admin.consoleErrors()).isEmpty();
        }
        try (Browser viewer = Browser.desktop(platform)) {
            viewer.driver().get(replaced);
            viewer.awaitText(By.id("form:gone"), "replaced by a newer one");
            assertThat(viewer.driver().findElements(By.id("form:password"))).isEmpty();
            viewer.screenshot("invitation-replaced");

            viewer.driver().get(link);
            viewer.awaitText(By.id("welcome-invitee"), email);
            viewer.screenshot("invitation-open");
            viewer.type("form:password", "short");
            viewer.click("form:accept");
            viewer.awaitText(By.id("form:password_message"), "at least 8 characters");
            viewer.type("form:password", "Viewer-Pass-1");
            viewer.click("form:accept");
            viewer.awaitUrl("/app/dashboard");
            assertThat(viewer.await(By.id("welcome")).getText()).contains(email);
            assertThat(viewer.driver().findElements(ADMIN_MENU)).isEmpty();
            assertThat(viewer.consoleErrors()).isEmpty();
            viewer.open("/app/admin/users");
            assertThat(viewer.await(By.id("error-title")).getText()).isEqualTo("Not allowed");
            assertThat(viewer.driver().getPageSource()).doesNotContain("Exception", "table:invite");
            viewer.screenshot("admin-viewer-403");
            assertThat(viewer.consoleErrors()).as("only the refused page's own status")
                    .allMatch(error -> error.contains("/app/admin/users") && error.contains("403"));

            viewer.driver().get(link);
            viewer.awaitText(By.id("form:gone"), "has been used");
            assertThat(viewer.driver().findElements(By.id("form:accept"))).isEmpty();
            viewer.screenshot("invitation-used");
        }
        try (Browser again = Browser.desktop(platform)) {
            again.signIn(email, "Viewer-Pass-1");
            assertThat(again.await(By.id("welcome")).getText()).contains(email);
        }
    }

    @Test
    void aUserSeesTheirSessionsInTheTimeZoneTheyChoose(Platform platform) {
        TestUser user = platform.newUser("tokyo");
        try (Browser browser = Browser.desktop(platform)) {
            browser.signIn(user.email(), user.password());
            browser.open("/app/profile");
            assertThat(browser.await(By.id("sessionsForm")).getText()).contains("your time zone, UTC");
            browser.click("zoneForm:timezone");
            browser.type("zoneForm:timezone_filter", "Tokyo");
            browser.await(By.cssSelector("#zoneForm\\:timezone_panel li[data-label='Asia/Tokyo']")).click();
            browser.click("zoneForm:saveZone");
            browser.awaitText(By.id("zoneForm:zoneSaved"), "Times now show in Asia/Tokyo");
            browser.awaitText(By.id("sessionsForm"), "your time zone, Asia/Tokyo");
            String sessions = browser.await(By.id("sessionsForm:sessions")).getText().replace('\u202f', ' ');
            ZonedDateTime tokyo = ZonedDateTime.now(ZoneId.of("Asia/Tokyo"));
            DateTimeFormatter clock = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
            assertThat(List.of(tokyo, tokyo.minusMinutes(1), tokyo.minusMinutes(2)))
                    .as("a session started just now, at Tokyo's time: " + sessions)
                    .anyMatch(time -> sessions.contains(clock.format(time)));
            browser.screenshot("profile-time-zone-1440");
            browser.open("/app/profile");
            assertThat(browser.await(By.id("sessionsForm")).getText()).contains("your time zone, Asia/Tokyo");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The link in the {@code nth} invitation email to the address. */
    private static String invitationLink(Platform platform, String email, int nth) throws InterruptedException {
        return platform.running().httpUrl() + "/accept-invitation?token=" + InvitationsIT.invitationToken(platform, email, nth);
    }

    @Test
    void everyAdministrationPageRendersOnDesktopAndPhone(Platform platform) {
        for (boolean phone : new boolean[] {false, true}) {
            try (Browser admin = phone ? Browser.phone(platform) : Browser.desktop(platform)) {
                String size = phone ? "375" : "1440";
                admin.signIn(RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD);
                admin.open("/app/admin/users");
                admin.awaitText(By.id("table:users_data"), RunningPlatform.ADMIN_EMAIL);
                admin.screenshot("admin-users-" + size);
                admin.open("/app/admin/roles");
                admin.awaitText(By.id("list"), "operator");
                admin.screenshot("admin-roles-" + size);
                admin.open("/app/admin/sites");
                admin.click("list:sites:0:members");
                admin.await(By.id("form:memberTable"));
                admin.screenshot("admin-sites-" + size);
                admin.open("/app/admin/system");
                admin.awaitText(By.id("form:checks"), "database");
                assertThat(admin.await(By.id("form:checks")).getText()).contains("UP");
                assertThat(admin.await(By.id("form:settings")).getText()).contains("RETENTION_MONTHS", "SMTP_HOST");
                assertThat(admin.await(By.cssSelector("tr.setting-smtp-password")).getText()).contains("not set");
                admin.screenshot("admin-system-" + size);
                admin.open("/app/admin/audit");
                admin.await(By.id("form:events_data"));
                admin.screenshot("admin-audit-" + size);
                assertThat(admin.consoleErrors()).isEmpty();
            }
        }
    }

    @Test
    void aUserEndsAnotherSessionAndChangesTheirPassword(Platform platform) {
        TestUser user = platform.newUser("profile");
        try (Browser a = Browser.desktop(platform); Browser b = Browser.phone(platform)) {
            b.signIn(user.email(), user.password());
            b.open("/app/profile");
            b.await(By.id("sessionsForm:sessions"));
            b.screenshot("profile-375");
            a.signIn(user.email(), user.password());
            a.open("/app/profile");
            assertThat(a.await(By.id("sessionsForm:sessions")).getText()).contains("This browser");
            a.screenshot("profile-1440");
            List<WebElement> others = a.driver().findElements(By.cssSelector("[id$=':end']"));
            assertThat(others).hasSizeGreaterThanOrEqualTo(2);
            for (int left = others.size(); left > 0; left--) {
                a.driver().findElements(By.cssSelector("[id$=':end']")).get(0).click();
                int expected = left - 1;
                new WebDriverWait(a.driver(), Duration.ofSeconds(15)).until(driver -> driver.findElements(By.cssSelector("[id$=':end']")).size() == expected);
            }
            b.open("/app/dashboard");
            b.awaitUrl("/login");

            a.type("form:current_password", "wrong-password");
            a.type("form:password", "Changed-Pass-9");
            a.type("form:confirmation", "Changed-Pass-9");
            a.click("form:change");
            a.awaitText(By.id("form:current_password_message"), "not right");
            a.type("form:current_password", user.password());
            a.type("form:password", "Changed-Pass-9");
            a.type("form:confirmation", "Changed-Pass-9");
            a.click("form:change");
            a.awaitText(By.id("form:messages"), "password is changed");
            a.screenshot("profile-password-changed-1440");
            a.open("/app/profile");
            assertThat(a.await(By.id("email")).getText()).isEqualTo(user.email());
            assertThat(a.consoleErrors()).isEmpty();
        }
        try (Browser again = Browser.desktop(platform)) {
            again.signIn(user.email(), "Changed-Pass-9");
            assertThat(again.await(By.id("welcome")).getText()).contains(user.email());
        }
    }

    @Test
    void anAdministratorChangesASettingOnTheSystemPageAndSeesItApplied(Platform platform) {
        String from = "Portal Ops <portal-ops-" + System.nanoTime() + "@it.test>";
        try (Browser admin = Browser.desktop(platform)) {
            admin.signIn(RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD);
            admin.open("/app/admin/system");
            By mailFromRow = By.cssSelector("#form\\:settings_data tr.setting-mail-from");
            assertThat(admin.await(mailFromRow).getText()).contains("mail.from", "default");
            assertThat(admin.await(By.cssSelector("#form\\:settings_data tr.setting-smtp-host")).getText())
                    .contains("Set by the environment variable SMTP_HOST");
            assertThat(admin.driver().findElements(By.cssSelector("tr.setting-smtp-host button"))).isEmpty();

            admin.driver().findElement(mailFromRow).findElement(By.cssSelector("button[id$=':edit']")).click();
            admin.awaitText(By.id("setting:name"), "mail.from");
            admin.type("setting:value", "not an address");
            admin.click("setting:save");
            admin.awaitText(By.id("setting:value_message"), "mail.from must be an email address");
            admin.screenshot("admin-system-setting-refused-1440");

            admin.type("setting:value", from);
            admin.click("setting:save");
            admin.awaitText(By.id("form:messages"), "mail.from is changed");
            admin.awaitText(mailFromRow, "changed here");
            assertThat(admin.await(mailFromRow).getText()).contains(from);
            admin.screenshot("admin-system-setting-changed-1440");
            assertThat(admin.consoleErrors()).isEmpty();
        } finally {
            assertThat(SettingsIT.change(platform, "mail.from", null).statusCode()).isEqualTo(200);
        }
    }
}
