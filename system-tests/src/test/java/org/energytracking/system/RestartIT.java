package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs last: it kills the app server and restarts the whole platform. */
@Order(Integer.MAX_VALUE)
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {

    /** reports.mail-threads, the default the suite's platform runs with. */
    private static final int MAIL_THREADS = 4;

    /**
     * The alert is committed with its email in the outbox; SMTP is down, so the email waits for a retry when the
     * app server is killed. After the restart the retry sends it, once.
     */
    @Test
    @Order(0)
    void anAlertEmailHeldUpByACrashIsSentOnceAfterTheRestart(Platform platform) throws Exception {
        TestUser user = platform.newUser("crash-mail");
        String device = platform.newDevice(user.api(), "crash-heater");
        HttpResponse<String> rule = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Heater on\",\"type\":\"threshold\","
                + "\"device_id\":\"" + device + "\",\"severity\":\"critical\",\"params\":{\"quantity\":\"power\",\"above\":2000}}");
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        long pid = payaraPid(platform);

        platform.mailbox().pause();
        platform.publish("devices/" + device + "/readings", "{\"power\":2500}");
        String emailRow = "SELECT COUNT(*) FROM notification n JOIN alert a ON a.id = n.alert_id JOIN device d ON d.id = a.device_id"
                + " WHERE d.device_id = ? AND n.channel = 'email'";
        await("the alert's email tried and refused while SMTP is down").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> platform.queryLong(emailRow + " AND n.state = 'pending' AND n.attempts >= 1", device) == 1);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        platform.mailbox().resume();

        platform.mailbox().awaitCountTo(user.email(), "power above 2,000 W", 1, Duration.ofMinutes(5));
        await("the email's outbox row marked sent").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> platform.queryLong(emailRow + " AND n.state = 'sent'", device) == 1);
        assertThat(platform.queryLong(emailRow, device)).as("one email row for the alert").isEqualTo(1);
        assertThat(platform.mailbox().countTo(user.email(), "power above 2,000 W")).as("the email, sent once").isEqualTo(1);
        assertThat(platform.mailbox().messagesTo(user.email()).get(0).getMessageID()).as("named after its outbox row, so a mail store"
                + " drops a resend after a crash between SMTP and the mark").startsWith("<notification-");
        await("the launcher saw the restarted app server ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(payaraPid(platform)).isNotEqualTo(pid));
        assertThat(Platform.array(user.api().get("/api/v1/alerts?device_id=" + device))).as("the open alert, kept and not raised again")
                .singleElement().satisfies(alert -> assertThat(((JsonObject) alert).getString("state")).isEqualTo("open"));
    }

    @Test
    @Order(1)
    void readingsPublishedWhileTheAppServerIsDeadArriveAfterItsRestart(Platform platform) throws Exception {
        String device = platform.newDevice("crash");
        long pid = payaraPid(platform);
        long start = System.currentTimeMillis() - 600_000;
        for (int i = 0; i < 500; i++) {
            platform.publish("devices/" + device + "/readings", "{\"ts\":" + (start + i) + ",\"power\":" + i + "}");
        }
        try (ReadinessWatch readiness = new ReadinessWatch(platform.running().httpUrl())) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            for (int i = 500; i < 1_000; i++) {
                platform.publish("devices/" + device + "/readings", "{\"ts\":" + (start + i) + ",\"power\":" + i + "}");
            }
            assertThat(platform.awaitReadings(device, 1_000, Duration.ofMinutes(3))).isEqualTo(1_000);
            // messages the dead app server had taken but not acknowledged come again: they must add nothing
            platform.publishMarkerAndAwait(device, start + 1_000, Duration.ofMinutes(1));
            assertThat(platform.readingCount(device)).as("the 1,000 readings and the marker").isEqualTo(1_001);
            await("the launcher restarted the app server under a new pid").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(payaraPid(platform)).isNotEqualTo(pid));
            // the launcher saw it ready; the watch's own answer may come a poll later
            await("the readiness watch seeing the restarted app server ready").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).until(() -> readiness.samples().stream().anyMatch(sample -> sample.ready() == 200));
            assertThat(readiness.samples()).as("the watch saw the app server away: " + readiness.transitions())
                    .anyMatch(sample -> sample.ready() != 200);
            assertThat(readiness.readyWithoutApplication()).as("/health/ready said UP while the application answered 404").isEmpty();
        }
    }

    private static long payaraPid(Platform platform) throws IOException {
        return Long.parseLong(platform.running().endpoints().getProperty("payara.pid"));
    }

    /**
     * The app server is killed while the report-runs job is half way through the runs of many sites. After the
     * restart the runs it held are taken up again once their lease ran out: every (definition, period) is made
     * once, and each report is emailed once (a resend that a kill between SMTP and the mark may cause, at most one per
     * mail thread, carries the same Message-ID).
     */
    @Test
    @Order(2)
    void reportsOfManySitesKilledHalfWayAreEachMadeAndEmailedOnce(Platform platform) throws Exception {
        TestUser user = platform.newUser("crash-reports");
        int sites = 60;
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        List<String> enable = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            HttpResponse<String> site = user.api().postJson("/api/v1/sites", "{\"name\":\"Crash site " + i + "\",\"timezone\":\"UTC\"}");
            assertThat(site.statusCode()).as(site.body()).isEqualTo(201);
            String body = "{\"name\":\"Crash report " + i + " daily\",\"site_id\":" + Platform.object(site).getJsonNumber("id")
                    + ",\"period\":\"daily\",\"delivery_time\":\"00:00\",\"first_period\":\"" + yesterday + "\",\"enabled\":";
            HttpResponse<String> definition = user.api().postJson("/api/v1/report-definitions", body + "false}");
            assertThat(definition.statusCode()).as(definition.body()).isEqualTo(201);
            enable.add(Platform.object(definition).getInt("id") + "|" + body + "true}");
        }
        // made disabled, enabled together: their runs come in one or two timer rounds, so the job has many to do
        for (String definition : enable) {
            String[] idAndBody = definition.split("\\|", 2);
            assertThat(user.api().put("/api/v1/report-definitions/" + idAndBody[0], idAndBody[1]).statusCode()).isEqualTo(200);
        }
        String runs = "SELECT COUNT(*) FROM report_run r JOIN report_definition d ON d.id = r.definition_id WHERE d.owner_id = ?";
        long pid = payaraPid(platform);
        await("the report job half way").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(() -> platform.queryLong(runs + " AND r.state = 'done'", user.id()), done -> done >= 5);
        long doneAtKill = platform.queryLong(runs + " AND r.state = 'done'", user.id());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        assertThat(doneAtKill).as("killed before the job finished").isLessThan(sites);

        // the kill may cut an SMTP conversation short: GreenMail's handler thread then throws, which is the crash under test
        await("every report made after the restart").dontCatchUncaughtExceptions().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> platform.queryLong(runs + " AND r.state = 'done'", user.id()), done -> done == sites);
        assertThat(platform.queryLong(runs, user.id())).as("one run per definition and period").isEqualTo(sites);
        platform.mailbox().awaitCountTo(user.email(), "Energy report: Crash report", sites, Duration.ofMinutes(3));
        Map<String, Set<String>> idsBySubject = new HashMap<>();
        for (MimeMessage message : platform.mailbox().messagesTo(user.email())) {
            if (message.getSubject().startsWith("Energy report: Crash report")) {
                idsBySubject.computeIfAbsent(message.getSubject(), s -> new HashSet<>()).add(message.getMessageID());
            }
        }
        assertThat(idsBySubject).as("every site's report").hasSize(sites);
        assertThat(idsBySubject.values()).as("each emailed under one Message-ID").allSatisfy(ids -> assertThat(ids).hasSize(1));
        // the job mails on REPORTS_MAIL_THREADS (4) threads: each conversation the kill cuts between SMTP and the mark is
        // resent once, under the same Message-ID (seen: 62 of 60 in one run)
        assertThat(platform.mailbox().countTo(user.email(), "Energy report: Crash report")).as("at most one resend per mail thread")
                .isBetween((long) sites, (long) sites + MAIL_THREADS);
        await("the launcher restarted the app server").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(payaraPid(platform)).isNotEqualTo(pid));
    }

    @Test
    @Order(3)
    void dataSurvivesACleanRestartOfThePlatform(Platform platform) throws Exception {
        String device = platform.newDevice("survivor");
        platform.publish("devices/" + device + "/readings", "{\"power\":7}");
        assertThat(platform.awaitReadings(device, 1, Duration.ofSeconds(30))).isEqualTo(1);

        ApiClient signedInBefore = platform.anonymous().withToken(ApiClient.login(platform.running().httpUrl(),
                RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD).getString("access_token"));

        platform.running().stop();
        assertThat(platform.running().stoppedCleanly()).isTrue();
        platform.running().start(Duration.ofMinutes(5));

        // the signing keys are kept: a token from before the restart still verifies
        assertThat(signedInBefore.get("/api/v1/devices/" + device).statusCode()).isEqualTo(200);
        assertThat(platform.readingCount(device)).isEqualTo(1);
    }
}
