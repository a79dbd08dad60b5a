package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Settings administrators change at runtime: they apply at once (no restart), are validated, audited,
 * refused to others, and read-only where the environment sets them. Every change is undone: the suite
 * shares one platform.
 */
@ExtendWith(PlatformExtension.class)
class SettingsIT {

    @Test
    void aNewSenderAddressIsUsedByTheNextEmailWithoutARestart(Platform platform) throws Exception {
        String from = "Energy Ops <ops-" + System.nanoTime() + "@it.test>";
        try {
            HttpResponse<String> changed = change(platform, "mail.from", from);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(Platform.object(changed).getString("source")).isEqualTo("database");

            Platform.TestUser user = platform.newUser("sender");
            assertThat(PasswordResetIT.requestReset(platform, user.email()).statusCode()).isEqualTo(202);
            platform.mailbox().awaitLatestTo(user.email(), "reset-password", Duration.ofSeconds(30));
            MimeMessage email = platform.mailbox().messagesTo(user.email()).get(0);
            assertThat(Arrays.stream(email.getFrom()).map(Object::toString).toList()).containsExactly(from);

            JsonObject audited = Platform.array(platform.get("/api/v1/audit?action=setting_changed")).getJsonObject(0);
            assertThat(audited.toString()).contains("mail.from", "ops-");
        } finally {
            assertThat(change(platform, "mail.from", null).statusCode()).isEqualTo(200);
        }
        assertThat(setting(platform, "mail.from").getString("source")).isEqualTo("default");
    }

    @Test
    void badValuesAreRefusedNamingTheSetting(Platform platform) {
        HttpResponse<String> port = change(platform, "ratelimit.user.per-minute", "-5");
        assertThat(port.statusCode()).isEqualTo(400);
        assertThat(Platform.object(port).getString("field")).isEqualTo("ratelimit.user.per-minute");
        HttpResponse<String> from = change(platform, "mail.from", "nobody at all");
        assertThat(from.statusCode()).isEqualTo(400);
        assertThat(Platform.object(from).getString("field")).isEqualTo("mail.from");
        assertThat(change(platform, "db.password", "x").statusCode()).isEqualTo(404);
        assertThat(setting(platform, "mail.from").getString("source")).isEqualTo("default");
    }

    @Test
    void whatTheEnvironmentSetsIsReadOnlyAndSecretsAreNeverShown(Platform platform) {
        JsonObject host = setting(platform, "smtp.host");
        assertThat(host.getString("source")).isEqualTo("environment");
        assertThat(host.getBoolean("editable")).isFalse();
        assertThat(host.getString("set_by")).isEqualTo("SMTP_HOST");
        HttpResponse<String> refused = change(platform, "smtp.host", "mail.example.com");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Platform.object(refused).getString("error")).contains("environment variable SMTP_HOST");

        JsonObject password = setting(platform, "smtp.password");
        assertThat(password.get("value")).isEqualTo(JsonValue.NULL);
        assertThat(password.getBoolean("set")).isFalse();
    }

    @Test
    void onlyAdministratorsSeeOrChangeSettings(Platform platform) {
        Platform.TestUser operator = platform.newUser("notadmin");
        assertThat(operator.api().get("/api/v1/settings").statusCode()).isEqualTo(403);
        assertThat(operator.api().put("/api/v1/settings/mail.from", "{\"value\":\"x@it.test\"}").statusCode()).isEqualTo(403);
        assertThat(platform.anonymous().get("/api/v1/settings").statusCode()).isEqualTo(401);
    }

    @Test
    void aLowerSignInLimitAppliesToTheNextSignIns(Platform platform) {
        try {
            assertThat(change(platform, "ratelimit.auth.per-minute", "2").statusCode()).isEqualTo(200);
            ApiClient client = platform.anonymous();
            List<HttpResponse<String>> answers = IntStream.range(0, 4).mapToObj(i -> wrongSignIn(client)).toList();
            assertThat(answers.stream().map(HttpResponse::statusCode).toList()).containsExactly(401, 401, 429, 429);
            assertThat(answers.get(2).body()).contains("too many requests");
            assertThat(answers.get(2).headers().firstValue("Retry-After")).isPresent();
        } finally {
            assertThat(change(platform, "ratelimit.auth.per-minute", null).statusCode()).isEqualTo(200);
        }
        assertThat(setting(platform, "ratelimit.auth.per-minute").getString("value")).isEqualTo("20");
        ApiClient another = platform.anonymous();
        assertThat(IntStream.range(0, 4).map(i -> wrongSignIn(another).statusCode())).containsOnly(401);
    }

    /** A unique unknown email each time, so the failed-sign-in throttle of one email never answers. */
    private static HttpResponse<String> wrongSignIn(ApiClient client) {
        return client.postJson("/api/v1/auth/login", "{\"email\":\"nobody-" + System.nanoTime() + "@it.test\",\"password\":\"wrong-password\"}");
    }

    static HttpResponse<String> change(Platform platform, String name, String value) {
        return platform.put("/api/v1/settings/" + name, value == null ? "{\"value\":null}" : "{\"value\":\"" + value + "\"}");
    }

    static JsonObject setting(Platform platform, String name) {
        return Platform.array(platform.get("/api/v1/settings")).stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow();
    }
}
