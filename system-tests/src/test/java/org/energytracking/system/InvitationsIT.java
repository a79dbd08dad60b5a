package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators invite by email through the API; the link sets the password once, and users keep a time zone. */
@ExtendWith(PlatformExtension.class)
class InvitationsIT {

    static final Pattern LINK = Pattern.compile("(http\\S+/accept-invitation\\?token=)(\\S+)");

    @Test
    void anInvitedUserChoosesTheirPasswordOnceWithTheEmailedLink(Platform platform) throws Exception {
        String email = "api-invitee-" + System.nanoTime() + "@it.test";
        HttpResponse<String> created = platform.admin().postJson("/api/v1/users", "{\"email\":\"" + email
                + "\",\"first_name\":\"Ivo\",\"last_name\":\"Invitee\",\"roles\":[\"viewer\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject account = Platform.object(created);
        assertThat(account.getBoolean("invitation_pending")).isTrue();
        long id = account.getJsonNumber("id").longValue();
        String first = invitationToken(platform, email, 1);
        assertThat(AuthIT.login(platform, email, "").statusCode()).as("no password works before accepting").isEqualTo(401);

        HttpResponse<String> resent = platform.admin().postJson("/api/v1/users/" + id + "/invitation", "");
        assertThat(resent.statusCode()).isEqualTo(202);
        String second = invitationToken(platform, email, 2);
        assertThat(second).isNotEqualTo(first);
        assertThat(accept(platform, first, "Chosen-Pass-1", null).statusCode()).as("replaced link").isEqualTo(400);
        assertThat(accept(platform, second, "short", null).statusCode()).as("password policy").isEqualTo(400);

        HttpResponse<String> accepted = accept(platform, second, "Chosen-Pass-1", "Europe/Vienna");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        ApiClient invitee = platform.anonymous().withToken(Platform.object(accepted).getString("access_token"));
        JsonObject me = Platform.object(invitee.get("/api/v1/users/me"));
        assertThat(me.getBoolean("invitation_pending")).isFalse();
        assertThat(me.getBoolean("email_verified")).isTrue();
        assertThat(me.getString("timezone")).isEqualTo("Europe/Vienna");

        HttpResponse<String> again = accept(platform, second, "Other-Pass-2", null);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Platform.object(again).getString("field")).isEqualTo("token");
        assertThat(platform.admin().postJson("/api/v1/users/" + id + "/invitation", "").statusCode()).isEqualTo(409);
        assertThat(AuthIT.login(platform, email, "Chosen-Pass-1").statusCode()).isEqualTo(200);
        String audit = platform.admin().get("/api/v1/audit?user_id=" + id).body();
        assertThat(audit).contains("\"invitation_accepted\"");
        assertThat(platform.admin().get("/api/v1/audit?action=user_invited").body()).contains("user:" + id);
    }

    @Test
    void aUserChoosesAKnownTimeZoneOnly(Platform platform) {
        Platform.TestUser user = platform.newUser("zoned");
        assertThat(Platform.object(user.api().get("/api/v1/users/me")).getString("timezone")).isEqualTo("UTC");
        HttpResponse<String> unknown = user.api().put("/api/v1/users/me", "{\"timezone\":\"Mars/Olympus\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Platform.object(unknown).getString("field")).isEqualTo("timezone");
        HttpResponse<String> moved = user.api().put("/api/v1/users/me", "{\"timezone\":\"Asia/Tokyo\"}");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(Platform.object(user.api().get("/api/v1/users/me")).getString("timezone")).isEqualTo("Asia/Tokyo");
    }

    /** The token of the {@code nth} invitation email to the address, waiting for it. */
    static String invitationToken(Platform platform, String email, int nth) {
        await("invitation email number " + nth + " to " + email).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> platform.mailbox().messagesTo(email).size() >= nth);
        assertThat(platform.mailbox().messagesTo(email)).hasSize(nth);
        String mail = platform.mailbox().awaitLatestTo(email, "accept-invitation", Duration.ofSeconds(5));
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        assertThat(link.group(1)).startsWith(platform.running().httpUrl());
        return link.group(2);
    }

    private static HttpResponse<String> accept(Platform platform, String token, String password, String zone) {
        return platform.anonymous().postJson("/api/v1/auth/invitation/accept", "{\"token\":\"" + token + "\",\"password\":\""
                + password + "\"" + (zone == null ? "" : ",\"timezone\":\"" + zone + "\"") + "}");
    }
}
