package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rate limits, CORS and the request log, seen from outside. The suite's platform trusts 127.0.0.1 as a
 * proxy, so each test sends its own X-Forwarded-For address and throttles nobody else.
 */
@ExtendWith(PlatformExtension.class)
class GatewayIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void authEndpointsAnswer429WithRetryAfterBeyondTheirLimit(Platform platform) throws Exception {
        String client = uniqueAddress();
        int passed = 0;
        HttpResponse<String> response = null;
        for (int i = 0; i < 40; i++) {
            response = send(platform, request(platform, "/api/v1/auth/login", client).header("Origin", "https://portal.example")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
            if (response.statusCode() == 429) {
                break;
            }
            passed++;
        }
        assertThat(passed).as("requests before the first 429 (limit 20 per minute)").isBetween(20, 39);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        JsonObject error = Platform.object(response);
        assertThat(error.getInt("status")).isEqualTo(429);
        assertThat(error.isNull("field")).isTrue();
        assertThat(error.getString("error")).matches("too many requests, retry in \\d+ s");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as("CORS runs before the rate limit")
                .hasValue("https://portal.example");

        HttpResponse<String> devices = send(platform, request(platform, "/api/v1/devices", client).GET());
        assertThat(devices.statusCode()).as("other endpoints keep their own limit (401: no token, not throttled)").isEqualTo(401);
        assertThat(send(platform, request(platform, "/health/live", client).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void preflightFromAnAllowedOriginIsAnswered(Platform platform) throws Exception {
        HttpResponse<String> response = send(platform, preflight(platform, "https://portal.example"));
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://portal.example");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST", "DELETE"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers).contains("Authorization"));
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).isPresent();
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> get = send(platform, request(platform, "/api/v1/devices", uniqueAddress())
                .header("Origin", "https://portal.example").GET());
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://portal.example");
        assertThat(get.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
    }

    @Test
    void preflightFromAnotherOriginIsRefused(Platform platform) throws Exception {
        HttpResponse<String> response = send(platform, preflight(platform, "https://evil.example"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(Platform.object(response).getString("field")).isEqualTo("origin");

        HttpResponse<String> get = send(platform, request(platform, "/api/v1/devices", uniqueAddress())
                .header("Origin", "https://evil.example").GET());
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void eachRequestIsLoggedWithoutQueryStringOrToken(Platform platform) throws Exception {
        String client = uniqueAddress();
        String token = "eyJhbGciOiJSUzI1NiJ9.gateway-it-" + System.nanoTime() + ".c2ln";
        HttpResponse<String> response = send(platform, request(platform, "/api/v1/devices?limit=3&password=hunter2", client)
                .header("Authorization", "Bearer " + token).GET());

        String line = awaitLogLine(platform, "client=" + client, Duration.ofSeconds(15));
        assertThat(line).contains("GET /api/v1/devices " + response.statusCode() + " ", "user=-")
                .doesNotContain("limit=", "hunter2", "?");
        assertThat(Files.readString(serverLog(platform), StandardCharsets.UTF_8)).doesNotContain(token, "hunter2");
    }

    private static String uniqueAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
    }

    private static HttpRequest.Builder request(Platform platform, String path, String client) {
        return HttpRequest.newBuilder(URI.create(platform.running().httpUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", client);
    }

    private static HttpRequest.Builder preflight(Platform platform, String origin) {
        return request(platform, "/api/v1/devices", uniqueAddress()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    private HttpResponse<String> send(Platform platform, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path serverLog(Platform platform) {
        return platform.running().dataDir.resolve("payara/domains/energy/logs/server.log");
    }

    private static String awaitLogLine(Platform platform, String marker, Duration timeout) {
        return await("a request-log line with " + marker + " in " + serverLog(platform)).atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Files.readAllLines(serverLog(platform), StandardCharsets.UTF_8).stream()
                        .filter(line -> line.contains(marker)).findFirst(), Optional::isPresent)
                .orElseThrow();
    }
}
