package org.energytracking.launcher;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.MetricsConfiguration;
import org.apache.activemq.artemis.core.server.metrics.ActiveMQMetricsPlugin;

/**
 * The broker's meters for Prometheus: Artemis' metrics plugin (addresses and queues: {@code artemis_message_count},
 * {@code artemis_messages_added}, …, and the JVM's memory, GC and threads) into Micrometer's Prometheus registry,
 * served as text on {@code http://host:port/metrics} by the JDK's HTTP server.
 */
final class BrokerMetrics implements EmbeddedBroker.Addition, AutoCloseable {

    /** The metrics port is the broker's CORE port + 2: HTTP_PORT − 17 (the second of a pair: − 16). */
    static final int AFTER_CORE_PORT = 2;
    private static final Logger LOG = Logger.getLogger(BrokerMetrics.class.getName());
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HttpServer server;

    private BrokerMetrics(HttpServer server) {
        this.server = server;
    }

    static BrokerMetrics serve(String host, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        BrokerMetrics metrics = new BrokerMetrics(server);
        server.createContext("/metrics", exchange -> {
            byte[] body = metrics.registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        LOG.info(() -> "Broker metrics on http://" + host + ":" + port + "/metrics");
        return metrics;
    }

    /** This addition, then {@code other}'s. */
    EmbeddedBroker.Addition and(EmbeddedBroker.Addition other) {
        return configuration -> {
            applyTo(configuration);
            other.applyTo(configuration);
        };
    }

    @Override
    public void applyTo(Configuration configuration) {
        configuration.setMetricsConfiguration(new MetricsConfiguration().setJvmMemory(true).setJvmGc(true)
                .setJvmThread(true).setPlugin(new Plugin(registry)));
    }

    @Override
    public void close() {
        server.stop(0);
        registry.close();
    }

    /** Artemis asks its plugin for the registry it should register its meters in (it is never serialized here). */
    private static final class Plugin implements ActiveMQMetricsPlugin {

        private final transient MeterRegistry registry;

        Plugin(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public ActiveMQMetricsPlugin init(Map<String, String> options) {
            return this;
        }

        @Override
        public MeterRegistry getRegistry() {
            return registry;
        }
    }
}
