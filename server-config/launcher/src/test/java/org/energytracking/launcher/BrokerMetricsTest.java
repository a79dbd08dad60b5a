package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.junit.jupiter.api.Test;

class BrokerMetricsTest {

    @Test
    void theBrokersMetersAreServedAsPrometheusText() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (BrokerMetrics metrics = BrokerMetrics.serve("127.0.0.1", port)) {
            ConfigurationImpl configuration = new ConfigurationImpl();
            metrics.applyTo(configuration);
            configuration.getMetricsConfiguration().getPlugin().getRegistry().counter("artemis.test.count").increment(3);

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("artemis_test_count_total 3.0");
            assertThat(configuration.getMetricsConfiguration().isJvmMemory()).isTrue();
        }
    }
}
