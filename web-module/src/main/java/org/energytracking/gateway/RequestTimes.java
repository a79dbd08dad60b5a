package org.energytracking.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Histogram;

/**
 * {@code api_request_millis{method,status}} on /metrics: how long API requests take, by method and status
 * class (2xx, 4xx, …), for the latency panel and alert. A histogram in milliseconds, not a Timer: Payara
 * exports a Timer's quantiles in nanoseconds beside a sum in seconds. Looked up once per key and kept: the
 * registry's lookup is costly on every request.
 */
@ApplicationScoped
public class RequestTimes {

    @Inject
    MetricRegistry registry;

    private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();

    void record(String method, int status, long nanos) {
        String statusClass = (status / 100) + "xx";
        histograms.computeIfAbsent(method + ' ' + statusClass, key -> registry.histogram("api_request_millis",
                new Tag("method", method), new Tag("status", statusClass))).update(nanos / 1_000_000);
    }
}
