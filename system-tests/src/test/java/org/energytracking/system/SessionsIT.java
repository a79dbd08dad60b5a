package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Refresh-token rotation, reuse detection, sign-out, and signing out one device. */
@ExtendWith(PlatformExtension.class)
class SessionsIT {

    @Test
    void refreshRotatesTheTokenAndAReusedOneRevokesTheWholeSession(Platform platform) {
        Platform.TestUser user = platform.newUser("rotate");
        String first = user.tokens().getString("refresh_token");

        HttpResponse<String> rotated = refresh(platform, first);
        assertThat(rotated.statusCode()).isEqualTo(200);
        JsonObject second = Platform.object(rotated);
        assertThat(second.getString("refresh_token")).isNotEqualTo(first);
        ApiClient secondApi = platform.anonymous().withToken(second.getString("access_token"));
        assertThat(secondApi.get("/api/v1/users/me").statusCode()).isEqualTo(200);

        // someone replays the first token: refused, and the session that was copied ends for everyone
        assertThat(refresh(platform, first).statusCode()).isEqualTo(401);
        assertThat(refresh(platform, second.getString("refresh_token")).statusCode()).isEqualTo(401);
        assertThat(secondApi.get("/api/v1/users/me").statusCode()).isEqualTo(401);

        JsonObject audit = Platform.array(platform.get("/api/v1/audit?action=refresh_reuse&user_id=" + user.id()))
                .getJsonObject(0);
        assertThat(audit.getString("outcome")).isEqualTo("failure");
    }

    @Test
    void logoutEndsTheSession(Platform platform) {
        Platform.TestUser user = platform.newUser("logout");
        assertThat(user.api().post("/api/v1/auth/logout", "application/json", "").statusCode()).isEqualTo(204);
        assertThat(user.api().get("/api/v1/users/me").statusCode()).isEqualTo(401);
        assertThat(refresh(platform, user.tokens().getString("refresh_token")).statusCode()).isEqualTo(401);
    }

    @Test
    void aUserSeesTheirSessionsAndSignsOutOneDevice(Platform platform) {
        Platform.TestUser user = platform.newUser("phone");
        JsonObject phone = ApiClient.login(platform.running().httpUrl(), user.email(), user.password());
        ApiClient phoneApi = platform.anonymous().withToken(phone.getString("access_token"));

        var sessions = Platform.array(user.api().get("/api/v1/auth/sessions"));
        assertThat(sessions).hasSize(2);
        long phoneSession = sessions.stream().map(s -> s.asJsonObject())
                .filter(s -> !s.getBoolean("current")).findFirst().orElseThrow().getJsonNumber("id").longValue();

        assertThat(user.api().delete("/api/v1/auth/sessions/" + phoneSession).statusCode()).isEqualTo(204);
        assertThat(phoneApi.get("/api/v1/users/me").statusCode()).isEqualTo(401);
        assertThat(user.api().get("/api/v1/users/me").statusCode()).isEqualTo(200);
        assertThat(Platform.array(user.api().get("/api/v1/auth/sessions"))).hasSize(1);

        // another user's session is not theirs to end
        Platform.TestUser other = platform.newUser("other");
        assertThat(other.api().delete("/api/v1/auth/sessions/" + phoneSession).statusCode()).isEqualTo(404);
    }

    static HttpResponse<String> refresh(Platform platform, String refreshToken) {
        return platform.anonymous().postJson("/api/v1/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}");
    }
}
