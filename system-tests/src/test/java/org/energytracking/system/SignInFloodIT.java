package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sign-in flood from 200 addresses (the per-address limit does not hold it back) must not starve ingest:
 * only a few password checks run at once, the others are answered 429 with Retry-After, and a device's
 * readings are stored while the flood goes on. The app server's HTTP worker threads (a handful while requests
 * queue) bound how many guesses wait for a check at once; on a quiet machine a check takes ~0.25 s, so the suite's
 * PASSWORD_CHECK_WAIT_MILLIS is 200 ms (with 1 s, four waiting guesses at 0.25 s each never ran out of time).
 */
@ExtendWith(PlatformExtension.class)
class SignInFloodIT {

    private static final int ADDRESSES = 200;
    private static final int ATTEMPTS_PER_ADDRESS = 2;
    private static final int READINGS = 40;

    @Test
    void ingestKeepsFlowingWhileManyAddressesGuessPasswords(Platform platform) throws Exception {
        String device = platform.newDevice("flooded");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService guessers = Executors.newFixedThreadPool(48);
        try {
            List<CompletableFuture<HttpResponse<String>>> guesses = new ArrayList<>();
            for (int i = 0; i < ADDRESSES * ATTEMPTS_PER_ADDRESS; i++) {
                String address = "198.51.100." + (1 + i % ADDRESSES);
                String email = "nobody-" + i + "@flood.test";
                guesses.add(CompletableFuture.supplyAsync(() -> guess(http, platform, address, email), guessers));
            }
            CompletableFuture<Void> flood = CompletableFuture.allOf(guesses.toArray(CompletableFuture[]::new));

            long start = System.currentTimeMillis() - 3_600_000;
            for (int i = 0; i < READINGS; i++) {
                platform.publish("devices/" + device + "/readings", "{\"ts\":" + (start + i * 1000L) + ",\"power\":" + (100 + i) + "}");
            }
            platform.awaitReadings(device, READINGS, Duration.ofSeconds(60));
            assertThat(flood).as("the readings were stored while the flood still ran").isNotDone();

            flood.join();
            List<HttpResponse<String>> answers = guesses.stream().map(CompletableFuture::join).toList();
            assertThat(answers).extracting(HttpResponse::statusCode).allMatch(status -> status == 401 || status == 429);
            List<HttpResponse<String>> busy = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
            assertThat(busy).as("password checks beyond the bound are turned away").isNotEmpty();
            assertThat(busy).allSatisfy(answer -> {
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                assertThat(answer.body()).contains("\"field\":\"password\"");
            });
            System.out.printf("sign-in flood: %d guesses, %d answered 401, %d answered 429%n", answers.size(),
                    answers.size() - busy.size(), busy.size());
        } finally {
            guessers.shutdownNow();
        }
    }

    private static HttpResponse<String> guess(HttpClient http, Platform platform, String address, String email) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.running().httpUrl() + "/api/v1/auth/login"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"Guess-123456\"}")).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("a guess from " + address + " got no answer", e);
        }
    }
}
