package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Held emails go out together: the warnings of quiet hours as one email when they end, a user's daily digest
 * once at its time with each event in it. Each email offers one-click unsubscribe (RFC 8058): opening the
 * link changes nothing, a POST of List-Unsubscribe=One-Click does. Users are in UTC here.
 */
@ExtendWith(PlatformExtension.class)
class DigestIT {

    private static final String PREFERENCES = "/api/v1/users/me/notification-preferences";

    @Test
    void warningsHeldThroughQuietHoursArriveAsOneEmailWhenTheyEnd(Platform platform) {
        TestUser user = platform.newUser("quiet-digest");
        Instant quietEnd = Instant.now().plus(Duration.ofSeconds(40)).truncatedTo(ChronoUnit.SECONDS);
        String from = utc(Instant.now().minus(Duration.ofHours(1)));
        HttpResponse<String> chosen = user.api().put(PREFERENCES, "{\"email_min\":\"warning\",\"webhook_min\":\"none\",\"quiet_from\":\""
                + from + "\",\"quiet_to\":\"" + utc(quietEnd) + "\"}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        String device = twoWarnings(platform, user, "quiet-digest");

        String digest = platform.mailbox().awaitLatestTo(user.email(), "2 alert events during your quiet hours", Duration.ofSeconds(90));
        assertThat(Instant.now()).as("sent once the quiet hours ended").isAfterOrEqualTo(quietEnd);
        assertThat(digest).contains("Test " + device + ": power above 1,000 W", "Test " + device + ": power above 2,000 W");
        assertThat(alertEmails(platform, user)).as("one email for both").hasSize(1);
        assertThat(platform.queryLong("SELECT COUNT(DISTINCT digest_id) FROM notification WHERE recipient = ? AND state = 'sent'",
                "user:" + user.id())).isEqualTo(1);
        assertThat(platform.queryLong("SELECT COUNT(*) FROM notification_digest WHERE recipient = ?", "user:" + user.id())).isEqualTo(1);
    }

    @Test
    void aDailyDigestArrivesOnceWithEachEventAndUnsubscribesWithOneClick(Platform platform) throws Exception {
        TestUser user = platform.newUser("daily-digest");
        Instant digestAt = Instant.now().plus(Duration.ofSeconds(40)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> chosen = user.api().put(PREFERENCES, "{\"email_min\":\"warning\",\"webhook_min\":\"none\",\"daily_digest\":true,"
                + "\"digest_at\":\"" + utc(digestAt) + "\"}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(Platform.object(chosen).getBoolean("daily_digest")).isTrue();
        assertThat(Platform.object(chosen).getString("digest_at")).isEqualTo(utc(digestAt));
        String device = twoWarnings(platform, user, "daily-digest");

        String digest = platform.mailbox().awaitLatestTo(user.email(), "Daily digest: 2 alert events", Duration.ofSeconds(90));
        assertThat(Instant.now()).as("sent at the digest time").isAfterOrEqualTo(digestAt);
        assertThat(digest).contains("Test " + device + ": power above 1,000 W", "Test " + device + ": power above 2,000 W");
        List<MimeMessage> emails = alertEmails(platform, user);
        assertThat(emails).as("no single emails besides").hasSize(1);

        MimeMessage email = emails.get(0);
        assertThat(email.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String header = email.getHeader("List-Unsubscribe", null);
        assertThat(header).startsWith("<" + platform.running().httpUrl() + "/api/v1/notifications/unsubscribe?token=").endsWith(">");
        URI link = URI.create(header.substring(1, header.length() - 1));
        String path = link.getRawPath() + "?" + link.getRawQuery();

        HttpResponse<String> page = platform.anonymous().get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"", "List-Unsubscribe", "One-Click");
        assertThat(emailMin(user)).as("opening the link changes nothing").isEqualTo("warning");
        assertThat(platform.anonymous().post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=Other").statusCode()).isEqualTo(400);
        assertThat(emailMin(user)).isEqualTo("warning");
        HttpResponse<String> unsubscribed = platform.anonymous().post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(unsubscribed.statusCode()).as(unsubscribed.body()).isEqualTo(200);
        assertThat(emailMin(user)).isEqualTo("none");
        assertThat(platform.anonymous().post(path.replaceAll("token=[^&]+", "token=unknown"), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click").statusCode()).isEqualTo(400);
    }

    /** Two warning rules on a new device, both broken by one reading; returns the device. */
    private static String twoWarnings(Platform platform, TestUser user, String prefix) {
        String device = platform.newDevice(user.api(), prefix);
        for (int watts : new int[] {1000, 2000}) {
            HttpResponse<String> created = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Over " + watts + "\",\"type\":\"threshold\","
                    + "\"device_id\":\"" + device + "\",\"severity\":\"warning\",\"params\":{\"quantity\":\"power\",\"above\":" + watts + "}}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        platform.publish("devices/" + device + "/readings", "{\"ts\":" + (System.currentTimeMillis() + 1_000) + ",\"power\":2500}");
        return device;
    }

    private static List<MimeMessage> alertEmails(Platform platform, TestUser user) {
        return platform.mailbox().messagesTo(user.email()).stream().filter(message -> {
            try {
                return message.getSubject().startsWith("[Energy]");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String emailMin(TestUser user) {
        return Platform.object(user.api().get(PREFERENCES)).getString("email_min");
    }

    private static String utc(Instant instant) {
        return LocalTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
