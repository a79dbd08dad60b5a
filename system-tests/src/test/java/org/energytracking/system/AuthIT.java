package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts and tokens through the API, starting with the seed's register and login calls as written. */
@ExtendWith(PlatformExtension.class)
class AuthIT {

    @Test
    void seedRegisterAndLoginCallsWorkAsWritten(Platform platform) {
        String email = "seed-" + System.nanoTime() + "@example.com";
        HttpResponse<String> registered = platform.anonymous().postJson("/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"TestPass123\",\"first_name\":\"Test\",\"last_name\":\"User\"}");
        assertThat(registered.statusCode()).isEqualTo(201);

        HttpResponse<String> login = platform.anonymous().postJson("/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"TestPass123\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        JsonObject tokens = Platform.object(login);
        assertThat(tokens.getString("token_type")).isEqualTo("Bearer");
        assertThat(tokens.getString("access_token").split("\\.")).hasSize(3);
        assertThat(tokens.getString("refresh_token")).hasSizeGreaterThan(30);
        assertThat(tokens.getJsonNumber("expires_in").longValue()).isBetween(60L, 3600L);

        JsonObject me = Platform.object(platform.anonymous().withToken(tokens.getString("access_token")).get("/api/v1/users/me"));
        assertThat(me.getString("email")).isEqualTo(email);
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("operator");
    }

    @Test
    void registeringATakenEmailAnswersExactlyAsANewOne(Platform platform) {
        Platform.TestUser existing = platform.newUser("taken");
        String fresh = "fresh-" + System.nanoTime() + "@example.com";
        HttpResponse<String> again = register(platform, existing.email(), "Another1Pass");
        HttpResponse<String> first = register(platform, fresh, "Another1Pass");
        assertThat(again.statusCode()).isEqualTo(first.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        // the taken account keeps its password
        assertThat(ApiClient.login(platform.running().httpUrl(), existing.email(), existing.password())).isNotNull();
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer(Platform platform) {
        Platform.TestUser user = platform.newUser("same");
        HttpResponse<String> wrongPassword = login(platform, user.email(), "WrongPass999");
        HttpResponse<String> unknown = login(platform, "nobody-" + System.nanoTime() + "@example.com", "WrongPass999");
        assertThat(wrongPassword.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknown.body());
    }

    @Test
    void weakPasswordsAreRefusedNamingTheField(Platform platform) {
        String email = "weak-" + System.nanoTime() + "@example.com";
        for (String weak : new String[] {"short1", email, email.substring(0, email.indexOf('@'))}) {
            HttpResponse<String> refused = register(platform, email, weak);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Platform.object(refused).getString("field")).isEqualTo("password");
        }
        HttpResponse<String> badEmail = register(platform, "not-an-email", "TestPass123");
        assertThat(Platform.object(badEmail).getString("field")).isEqualTo("email");
    }

    @Test
    void repeatedFailedLoginsAreSlowedDownForKnownAndUnknownEmailsAlike(Platform platform) {
        Platform.TestUser user = platform.newUser("throttle");
        String unknown = "ghost-" + System.nanoTime() + "@example.com";
        for (String email : new String[] {user.email(), unknown}) {
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThat(login(platform, email, "WrongPass999").statusCode()).isEqualTo(401);
            }
            HttpResponse<String> throttled = login(platform, email, "WrongPass999");
            assertThat(throttled.statusCode()).as(email).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        }
        // even the right password waits its turn
        assertThat(login(platform, user.email(), user.password()).statusCode()).isEqualTo(429);
    }

    @Test
    void callsWithoutATokenAreRefusedButHealthAndOpenApiStayOpen(Platform platform) {
        HttpResponse<String> refused = platform.anonymous().get("/api/v1/devices");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(Platform.object(refused).getInt("status")).isEqualTo(401);
        assertThat(platform.anonymous().get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(platform.anonymous().get("/openapi").statusCode()).isEqualTo(200);
    }

    static HttpResponse<String> register(Platform platform, String email, String password) {
        return platform.anonymous().postJson("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\""
                + password + "\",\"first_name\":\"Test\",\"last_name\":\"User\"}");
    }

    static HttpResponse<String> login(Platform platform, String email, String password) {
        return platform.anonymous().postJson("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
