package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** At 375 px every page fits the screen (no sideways scrolling) and the menu folds behind a button. */
@ExtendWith(PlatformExtension.class)
class PhoneLayoutIT {

    private static final List<String> PAGES = List.of("/app/dashboard", "/app/devices", "/app/analytics", "/app/tariffs",
            "/app/alerts", "/app/alert-rules", "/app/profile", "/app/admin/users", "/app/admin/roles", "/app/admin/sites",
            "/app/admin/audit", "/app/admin/system", "/app/reports");

    // the page's width beyond the screen, and the outermost elements that stick out, to say what to fix
    private static final String OVERFLOW = "var w = window.innerWidth, out = [];"
            + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
            + "   if (r.right > w + 1 && r.width > 0 && out.length < 5 && !out.some(function (o) { return o.contains(e); })) { out.push(e); } });"
            + " return document.documentElement.scrollWidth > w ? document.documentElement.scrollWidth + 'px: '"
            + "   + out.map(function (e) { return e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width) + 'px'"
            + "     + (e.getAttribute('style') ? ' style=' + e.getAttribute('style') : ''); }).join(', ') : '';";

    @Test
    void everyPageFitsAPhoneAndTheMenuOpensFromItsButton(Platform platform) throws Exception {
        String device = platform.newDevice("phone");
        try (Browser phone = Browser.phone(platform)) {
            phone.signIn(RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD);
            List<String> overflowing = new ArrayList<>();
            List<String> pages = new ArrayList<>(PAGES);
            pages.add("/app/device?id=" + device);
            for (String page : pages) {
                phone.open(page);
                phone.await(By.id("main"));
                phone.awaitAjax();
                Object overflow = phone.driver().executeScript(OVERFLOW);
                if (!"".equals(overflow)) {
                    overflowing.add(page + " is " + overflow);
                    phone.screenshot("phone-overflow" + page.replaceAll("[^a-z]+", "-"));
                }
            }
            assertThat(overflowing).as("pages wider than a 375 px screen").isEmpty();

            phone.open("/app/dashboard");
            By devicesItem = By.cssSelector(".topbar a[href$='/app/devices']");
            assertThat(phone.driver().findElement(devicesItem).isDisplayed()).as("the menu folded").isFalse();
            phone.click("navToggle");
            new WebDriverWait(phone.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(devicesItem));
            phone.screenshot("phone-menu-open");
            phone.driver().findElement(devicesItem).click();
            phone.awaitUrl("/app/devices");
            assertThat(phone.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theDashboardFitsAfterTheWindowShrinksFromDesktopToPhoneWidth(Platform platform) throws Exception {
        platform.newDevice("shrink");
        try (Browser browser = Browser.desktop(platform)) {
            browser.signIn(RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD);
            browser.await(By.id("main"));
            browser.awaitAjax();
            browser.driver().manage().window().setSize(new Dimension(375, 812));
            await("the dashboard reflowed to the phone's width").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(browser.driver().executeScript(OVERFLOW)).as("sideways overflow").isEqualTo(""));
            browser.screenshot("dashboard-shrunk-to-phone");
        }
    }
}
