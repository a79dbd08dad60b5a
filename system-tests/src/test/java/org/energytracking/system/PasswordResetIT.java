package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A forgotten password, through a real SMTP server: the emailed link works once and signs out everywhere. */
@ExtendWith(PlatformExtension.class)
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/reset-password\\?token=)(\\S+)");

    @Test
    void theEmailedLinkSetsANewPasswordOnceAndEndsAllSessions(Platform platform) throws Exception {
        Platform.TestUser user = platform.newUser("forgetful");
        HttpResponse<String> asked = requestReset(platform, user.email());
        assertThat(asked.statusCode()).isEqualTo(202);

        String email = platform.mailbox().awaitLatestTo(user.email(), "reset-password", Duration.ofSeconds(30));
        Matcher link = LINK.matcher(email);
        assertThat(link.find()).as(email).isTrue();
        assertThat(link.group(1)).startsWith(platform.running().httpUrl());
        String token = link.group(2);

        assertThat(confirm(platform, token, "BrandNew456").statusCode()).isEqualTo(200);
        HttpResponse<String> again = confirm(platform, token, "Another789x");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Platform.object(again).getString("field")).isEqualTo("token");

        assertThat(user.api().get("/api/v1/users/me").statusCode()).isEqualTo(401);
        assertThat(AuthIT.login(platform, user.email(), user.password()).statusCode()).isEqualTo(401);
        assertThat(AuthIT.login(platform, user.email(), "BrandNew456").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownEmailsGetTheSameAnswerAndNoEmail(Platform platform) throws Exception {
        Platform.TestUser user = platform.newUser("known");
        String unknown = "unknown-" + System.nanoTime() + "@it.test";
        HttpResponse<String> forKnown = requestReset(platform, user.email());
        HttpResponse<String> forUnknown = requestReset(platform, unknown);
        assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode());
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        platform.mailbox().awaitLatestTo(user.email(), "reset-password", Duration.ofSeconds(30));
        assertThat(platform.mailbox().messagesTo(unknown)).isEmpty();
    }

    @Test
    void aMadeUpTokenAndAWeakNewPasswordAreRefused(Platform platform) throws Exception {
        assertThat(confirm(platform, "made-up-token", "BrandNew456").statusCode()).isEqualTo(400);

        Platform.TestUser user = platform.newUser("weaknew");
        requestReset(platform, user.email());
        Matcher link = LINK.matcher(platform.mailbox().awaitLatestTo(user.email(), "reset-password", Duration.ofSeconds(30)));
        assertThat(link.find()).isTrue();
        HttpResponse<String> weak = confirm(platform, link.group(2), "short");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(Platform.object(weak).getString("field")).isEqualTo("password");
    }

    static HttpResponse<String> requestReset(Platform platform, String email) {
        return platform.anonymous().postJson("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}");
    }

    static HttpResponse<String> confirm(Platform platform, String token, String password) {
        return platform.anonymous().postJson("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }
}
