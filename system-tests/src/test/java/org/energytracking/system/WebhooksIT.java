package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A webhook receiver on this machine: alerts arrive signed, and a receiver that fails at first gets them once it answers. */
@ExtendWith(PlatformExtension.class)
class WebhooksIT {

    record Received(String body, String signature, int answered) {
    }

    @Test
    void anAlertIsPostedSignedAndRetriedUntilTheReceiverAnswers(Platform platform) throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(2);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Energy-Signature"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            TestUser user = platform.newUser("hooks");
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            HttpResponse<String> created = user.api().postJson("/api/v1/webhooks", "{\"url\":\"" + url + "\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonObject webhook = Platform.object(created);
            String secret = webhook.getString("secret");
            assertThat(Platform.array(user.api().get("/api/v1/webhooks")).getJsonObject(0).containsKey("secret")).as("shown once").isFalse();
            assertThat(user.api().postJson("/api/v1/webhooks", "{\"url\":\"ftp://x\"}").statusCode()).isEqualTo(400);

            String device = platform.newDevice(user.api(), "hooked");
            assertThat(user.api().postJson("/api/v1/alert-rules", "{\"name\":\"Spike\",\"type\":\"threshold\",\"device_id\":\"" + device
                    + "\",\"severity\":\"info\",\"params\":{\"quantity\":\"power\",\"above\":3000}}").statusCode()).isEqualTo(201);
            platform.publish("devices/" + device + "/readings", "{\"ts\":" + (System.currentTimeMillis() + 1_000) + ",\"power\":3500}");

            await("the alert delivered to the receiver once it answers 2xx (after two 500s)").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200)).until(() -> received.stream().anyMatch(r -> r.answered() == 204));
            assertThat(received).hasSize(3);
            for (Received call : received) {
                assertThat(call.signature()).as("X-Energy-Signature").isEqualTo("sha256=" + hmac(secret, call.body()));
            }
            JsonObject document = Json.createReader(new StringReader(received.get(2).body())).readObject();
            assertThat(document.getString("event")).isEqualTo("opened");
            assertThat(document.getString("type")).isEqualTo("threshold");
            assertThat(document.getString("message")).startsWith("Test " + device + ": power above 3,000 W");
            // the same call three times, one notification: a marker call proves no fourth delivery is queued behind it
            HttpResponse<String> test = user.api().postJson("/api/v1/webhooks/" + webhook.getInt("id") + "/test", "");
            assertThat(Platform.object(test).getInt("status")).isEqualTo(204);
            assertThat(received).hasSize(4);
            assertThat(received.get(3).body()).contains("\"event\":\"test\"");

            TestUser stranger = platform.newUser("hooks-stranger");
            assertThat(stranger.api().delete("/api/v1/webhooks/" + webhook.getInt("id")).statusCode()).isEqualTo(404);
            assertThat(user.api().delete("/api/v1/webhooks/" + webhook.getInt("id")).statusCode()).isEqualTo(204);
        } finally {
            receiver.stop(0);
        }
    }

    /** The signature's hex digest as a receiver computes it. */
    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
