package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Quiet hours (in the user's zone, UTC here) hold a warning until they end; a critical alert goes at once. */
@ExtendWith(PlatformExtension.class)
class NotificationPreferencesIT {

    @Test
    void quietHoursHoldAWarningUntilTheyEndAndLetACriticalAlertThrough(Platform platform) {
        TestUser user = platform.newUser("quiet");
        JsonObject defaults = Platform.object(user.api().get("/api/v1/users/me/notification-preferences"));
        assertThat(defaults.getString("email_min")).isEqualTo("warning");
        assertThat(defaults.getString("sms_min")).isEqualTo("none");

        // quiet from an hour ago until the start of the minute after next: at most two minutes to wait
        Instant quietEnd = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        String from = LocalTime.ofInstant(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
        String to = LocalTime.ofInstant(quietEnd, ZoneOffset.UTC).toString();
        HttpResponse<String> chosen = user.api().put("/api/v1/users/me/notification-preferences",
                "{\"email_min\":\"warning\",\"webhook_min\":\"none\",\"quiet_from\":\"" + from + "\",\"quiet_to\":\"" + to + "\"}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(Platform.object(chosen).getString("quiet_to")).isEqualTo(to);
        HttpResponse<String> bad = user.api().put("/api/v1/users/me/notification-preferences", "{\"email_min\":\"loud\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Platform.object(bad).getString("field")).isEqualTo("email_min");

        String device = platform.newDevice(user.api(), "quiet");
        rule(user, device, "Warm", "warning", 1000);
        rule(user, device, "Hot", "critical", 5000);
        platform.publish("devices/" + device + "/readings", "{\"ts\":" + (System.currentTimeMillis() + 1_000) + ",\"power\":6000}");

        String critical = platform.mailbox().awaitLatestTo(user.email(), "power above 5,000 W", Duration.ofSeconds(60));
        assertThat(Instant.now()).as("the critical email came during the quiet hours").isBefore(quietEnd);
        assertThat(critical).contains("power above 5,000 W");
        assertThat(platform.mailbox().countTo(user.email(), "power above 1,000 W")).as("the warning is held").isZero();
        assertThat(platform.queryLong("SELECT COUNT(*) FROM notification n JOIN alert a ON a.id = n.alert_id JOIN alert_rule r ON r.id = a.rule_id"
                + " WHERE r.name = 'Warm' AND r.owner_id = ? AND n.state = 'pending' AND n.due_at = ?", user.id(),
                LocalDateTime.ofInstant(quietEnd, ZoneOffset.UTC).toString().replace('T', ' '))).as("held until the quiet hours end").isEqualTo(1);

        platform.mailbox().awaitLatestTo(user.email(), "power above 1,000 W", Duration.ofMinutes(3));
        assertThat(Instant.now()).as("the warning came once the quiet hours ended").isAfterOrEqualTo(quietEnd);
    }

    private static void rule(TestUser user, String device, String name, String severity, int watts) {
        HttpResponse<String> created = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"" + name + "\",\"type\":\"threshold\",\"device_id\":\""
                + device + "\",\"severity\":\"" + severity + "\",\"params\":{\"quantity\":\"power\",\"above\":" + watts + "}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
