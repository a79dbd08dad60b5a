package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SMS through a provider's HTTP API, here a receiver on this machine that an administrator sets as
 * notify.sms.url at runtime: a warning arrives once, as a form POST with Basic authentication, after the
 * receiver failed once; a receiver that always fails leaves a failed notification administrators see.
 */
@ExtendWith(PlatformExtension.class)
class SmsIT {

    private static final String PHONE = "+4915112345678";

    record Received(String path, String authorization, String contentType, Map<String, String> form, int answered) {
    }

    @Test
    void anSmsArrivesOnceAfterARetryAndAFailingProviderShowsToAdministrators(Platform platform) throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(1);
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            int status = path.endsWith("/down") || failuresLeft.getAndDecrement() > 0 ? 500 : 201;
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), form(body), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        provider.start();
        String base = "http://127.0.0.1:" + provider.getAddress().getPort() + "/sms";
        TestUser user = platform.newUser("sms");
        try {
            HttpResponse<String> refused = choose(user, "warning", PHONE);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(Platform.object(refused).getString("field")).as("no SMS until an administrator sets a provider").isEqualTo("sms_min");

            configure(platform, base + "/ok");
            assertThat(Platform.object(choose(user, "warning", "0151 123")).getString("field")).isEqualTo("phone");
            HttpResponse<String> chosen = choose(user, "warning", PHONE);
            assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);

            String device = platform.newDevice(user.api(), "texted");
            rule(user, device, 1000);
            platform.publish("devices/" + device + "/readings", "{\"ts\":" + (System.currentTimeMillis() + 1_000) + ",\"power\":1500}");
            await("the SMS sent once the provider answered 2xx (after one 500)").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200)).until(() -> smsRows(platform, user, "sent"), sent -> sent == 1);
            assertThat(received).hasSize(2).extracting(Received::answered).containsExactly(500, 201);
            String basic = "Basic " + Base64.getEncoder().encodeToString("AC-it:it-token".getBytes(StandardCharsets.UTF_8));
            for (Received call : received) {
                assertThat(call.authorization()).isEqualTo(basic);
                assertThat(call.contentType()).startsWith("application/x-www-form-urlencoded");
                assertThat(call.form()).containsEntry("To", PHONE).containsEntry("From", "+15550001111");
                assertThat(call.form().get("Body")).startsWith("[Energy] Test " + device + ": power above 1,000 W").hasSizeLessThanOrEqualTo(160);
            }

            configure(platform, base + "/down");
            TestUser unlucky = platform.newUser("sms-down");
            assertThat(choose(unlucky, "warning", "+15550002222").statusCode()).isEqualTo(200);
            String other = platform.newDevice(unlucky.api(), "untexted");
            rule(unlucky, other, 1000);
            platform.publish("devices/" + other + "/readings", "{\"ts\":" + (System.currentTimeMillis() + 1_000) + ",\"power\":1500}");
            JsonObject pending = await("the failing SMS listed as pending with its error").atMost(Duration.ofSeconds(30))
                    .until(() -> outboxRow(platform, "pending", unlucky.email()), row -> row != null && row.getInt("attempts") >= 1);
            assertThat(pending.getString("last_error")).contains("answered 500");
            assertThat(pending.getString("next_attempt_at")).isNotBlank();
            JsonObject failed = await("the failing SMS given up (the suite gives up after 20 s)").atMost(Duration.ofSeconds(60))
                    .until(() -> outboxRow(platform, "failed", unlucky.email()), row -> row != null);
            assertThat(failed.getString("channel")).isEqualTo("sms");
            assertThat(failed.getInt("attempts")).isGreaterThanOrEqualTo(2);
            assertThat(failed.getString("last_error")).contains(base + "/down answered 500");
            assertThat(unlucky.api().get("/api/v1/admin/notifications?state=failed").statusCode()).isEqualTo(403);
            assertThat(platform.get("/api/v1/admin/notifications?state=sent").statusCode()).isEqualTo(400);
        } finally {
            for (String name : List.of("notify.sms.url", "notify.sms.account", "notify.sms.token", "notify.sms.from")) {
                SettingsIT.change(platform, name, null);
            }
            provider.stop(0);
        }
    }

    private static void configure(Platform platform, String url) {
        Map.of("notify.sms.url", url, "notify.sms.account", "AC-it", "notify.sms.token", "it-token", "notify.sms.from", "+15550001111")
                .forEach((name, value) -> assertThat(SettingsIT.change(platform, name, value).statusCode()).as(name).isEqualTo(200));
    }

    private static HttpResponse<String> choose(TestUser user, String smsMin, String phone) {
        return user.api().put("/api/v1/users/me/notification-preferences",
                "{\"email_min\":\"none\",\"webhook_min\":\"none\",\"sms_min\":\"" + smsMin + "\",\"phone\":\"" + phone + "\"}");
    }

    private static void rule(TestUser user, String device, int watts) {
        HttpResponse<String> created = user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Texted\",\"type\":\"threshold\",\"device_id\":\""
                + device + "\",\"severity\":\"warning\",\"params\":{\"quantity\":\"power\",\"above\":" + watts + "}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static long smsRows(Platform platform, TestUser user, String state) {
        return platform.queryLong("SELECT COUNT(*) FROM notification WHERE channel = 'sms' AND recipient = ? AND state = ?", "user:" + user.id(), state);
    }

    private static JsonObject outboxRow(Platform platform, String state, String recipient) {
        return Platform.array(platform.get("/api/v1/admin/notifications?state=" + state)).stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("recipient").equals(recipient) && row.getString("channel").equals("sms")).findFirst().orElse(null);
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8), pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }
}
