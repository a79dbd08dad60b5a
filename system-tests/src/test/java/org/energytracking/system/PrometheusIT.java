package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's Prometheus with the kept configuration (server-config/monitoring) scrapes every instance of the cluster
 * (CLUSTER_INSTANCES=2) and both brokers of its pair: the rules load, and each instance's and broker's own figures
 * are queryable through Prometheus' query API.
 */
@ExtendWith(ClusterExtension.class)
class PrometheusIT {

    private static final Path MONITORING = Path.of("../server-config/monitoring");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheusScrapesTheInstanceAndLoadsTheRules(Platform platform, @TempDir Path dir) throws Exception {
        Files.copy(MONITORING.resolve("prometheus.yml"), dir.resolve("prometheus.yml"));
        Files.copy(MONITORING.resolve("energy-rules.yml"), dir.resolve("energy-rules.yml"));
        Files.createDirectories(dir.resolve("targets"));
        List<String> instances = ClusterInstances.of(platform.running()).urls().stream()
                .map(url -> url.replace("http://", "")).toList();
        Files.writeString(dir.resolve("targets/platform.yml"), "- targets: ['" + String.join("', '", instances) + "']\n");
        int portBase = platform.running().httpPort - 80;
        List<String> brokers = List.of("127.0.0.1:" + (portBase + 63), "127.0.0.1:" + (portBase + 64));
        Files.writeString(dir.resolve("targets/broker.yml"), "- targets: ['" + String.join("', '", brokers) + "']\n");
        assertThat(run("promtool", "check", "config", dir.resolve("prometheus.yml").toString()))
                .as("promtool accepts the configuration and its rules").isZero();

        String device = platform.newDevice("prom");
        try (FailoverDevices paho = new FailoverDevices()) {
            // both brokers' addresses: the broker failover test may have left the second one active
            paho.connect(BrokerPairState.of(platform.running().dataDir).mqttUrls(), device, platform.mqttSecret(device));
            paho.publish(device, System.currentTimeMillis(), 12);
            platform.awaitReadings(device, 1, Duration.ofSeconds(30));
        }

        int port = RunningPlatform.freePort();
        Process prometheus = new ProcessBuilder("prometheus", "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        try {
            String api = "http://127.0.0.1:" + port + "/api/v1/";
            // the first scrape comes within one scrape interval (15 s) of the start
            for (String instance : instances) {
                await("instance " + instance + " scraped by Prometheus").atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                        .until(() -> value(query(api, "up{instance=\"" + instance + "\"}")), "1"::equals);
                assertThat(query(api, "alerts_open{instance=\"" + instance + "\"}")).as("open alerts by severity").hasSize(3);
            }
            await("the reading counted in Prometheus").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> Double.parseDouble(value(query(api, "sum(readings_accepted_total)"))) >= 1);
            for (String broker : brokers) {
                await("broker " + broker + " scraped by Prometheus").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                        .until(() -> value(query(api, "up{instance=\"" + broker + "\"}")), "1"::equals);
            }
            assertThat(query(api, "artemis_message_count")).as("the active broker's queues").isNotEmpty();
            // an instance's writer registers its queue gauge when it first writes
            assertThat(query(api, "writer_queued_writes")).as("the writers' queues").isNotEmpty();
            JsonArray groups = get(api + "rules").getJsonObject("data").getJsonArray("groups");
            assertThat(groups.getJsonObject(0).getString("name")).isEqualTo("energy-platform");
            assertThat(groups.getJsonObject(0).getJsonArray("rules")).hasSizeGreaterThanOrEqualTo(8);
        } finally {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private JsonArray query(String api, String expression) throws Exception {
        JsonObject answer = get(api + "query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8));
        assertThat(answer.getString("status")).isEqualTo("success");
        return answer.getJsonObject("data").getJsonArray("result");
    }

    private static String value(JsonArray result) {
        return result.getJsonObject(0).getJsonArray("value").getString(1);
    }

    private JsonObject get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(System.out);
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
