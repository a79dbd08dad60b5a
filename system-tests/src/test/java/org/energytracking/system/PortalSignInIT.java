package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** The portal's doors, in Debian's Chromium: sign in and out, register, forgot password, errors. */
@ExtendWith(PlatformExtension.class)
class PortalSignInIT {

    @Test
    void signingInLandsOnTheDashboardWithHttpOnlyCookiesAndSigningOutEndsTheSession(Platform platform) {
        TestUser user = platform.newUser("portal-in");
        try (Browser browser = Browser.desktop(platform)) {
            browser.open("/app/devices");
            browser.awaitUrl("/login?next=");
            browser.type("form:email", user.email());
            browser.type("form:password", "not-the-password");
            browser.click("form:signIn");
            browser.awaitText(By.id("form:messages"), "invalid email or password");
            browser.screenshot("signin-refused");

            browser.signIn(user.email(), user.password());
            assertThat(browser.await(By.id("welcome")).getText()).contains(user.email());
            Cookie access = browser.driver().manage().getCookieNamed("et_access");
            assertThat(access.isHttpOnly()).isTrue();
            assertThat(access.getSameSite()).isEqualTo("Lax");
            assertThat(browser.driver().manage().getCookieNamed("et_refresh").isHttpOnly()).isTrue();
            browser.screenshot("signin-dashboard");

            browser.click("nav:account_button");
            browser.click("nav:signOut");
            browser.awaitUrl("/login");
            browser.open("/app/dashboard");
            browser.awaitUrl("/login");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void anExpiredAccessCookieIsRenewedFromTheRefreshCookie(Platform platform) {
        TestUser user = platform.newUser("portal-renew");
        try (Browser browser = Browser.desktop(platform)) {
            browser.signIn(user.email(), user.password());
            String first = browser.driver().manage().getCookieNamed("et_access").getValue();
            browser.driver().manage().deleteCookieNamed("et_access");
            browser.open("/app/dashboard");
            assertThat(browser.await(By.id("welcome")).getText()).contains(user.email());
            assertThat(browser.driver().manage().getCookieNamed("et_access").getValue()).isNotEqualTo(first);
        }
    }

    @Test
    void registeringInTheBrowserShowsFieldMessagesThenLandsOnTheNewDashboard(Platform platform) {
        try (Browser browser = Browser.phone(platform)) {
            browser.open("/register");
            browser.click("form:register");
            browser.awaitText(By.id("form:email_message") , "Required");
            browser.screenshot("register-phone-validation");
            String email = "browser-" + System.nanoTime() + "@it.test";
            browser.type("form:first_name", "Brow");
            browser.type("form:last_name", "Ser");
            browser.type("form:email", email);
            browser.type("form:password", "short");
            browser.click("form:register");
            browser.awaitText(By.id("form:password_message"), "8");
            browser.type("form:password", "Browser-Pass-1");
            browser.click("form:register");
            browser.awaitUrl("/app/dashboard");
            assertThat(browser.await(By.id("welcome")).getText()).contains(email);
            browser.screenshot("register-phone-dashboard");
        }
    }

    @Test
    void theForgotPasswordLinkFromTheEmailSetsANewPassword(Platform platform) throws Exception {
        TestUser user = platform.newUser("portal-forgot");
        try (Browser browser = Browser.desktop(platform)) {
            browser.open("/login");
            browser.driver().findElement(By.linkText("Forgot your password?")).click();
            browser.type("form:email", user.email());
            browser.click("form:send");
            browser.awaitText(By.id("form:messages"), "on its way");
            String mail = platform.mailbox().awaitLatestTo(user.email(), "reset-password?token=", Duration.ofSeconds(30));
            Matcher link = Pattern.compile("https?://\\S+/reset-password\\?token=\\S+").matcher(mail);
            assertThat(link.find()).as(mail).isTrue();
            browser.driver().get(link.group());
            browser.type("form:password", "Brand-New-Pass-2");
            browser.click("form:save");
            browser.awaitText(By.id("form:messages"), "password is changed");
            browser.screenshot("reset-password-done");
            browser.signIn(user.email(), "Brand-New-Pass-2");
            assertThat(browser.await(By.id("welcome")).getText()).contains(user.email());
        }
    }

    @Test
    void aPageThatDoesNotExistIsAFriendlyNotFoundWithoutAStackTrace(Platform platform) {
        TestUser user = platform.newUser("portal-404");
        try (Browser browser = Browser.desktop(platform)) {
            browser.signIn(user.email(), user.password());
            browser.open("/app/no-such-page");
            assertThat(browser.await(By.id("error-title")).getText()).isEqualTo("Not found");
            assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "at org.");
        }
    }
}
