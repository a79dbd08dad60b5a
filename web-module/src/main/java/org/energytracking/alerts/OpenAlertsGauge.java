package org.energytracking.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.energytracking.alerts.control.OpenAlertCounts;

/**
 * {@code alerts_open{severity}} on /metrics. Every instance of a cluster reports the same figure (it is read
 * from the database), so dashboards take the max, not the sum. A scrape reads at most once per
 * {@link #FRESH_FOR}, so a busy Prometheus does not load the database. Payara registers annotated gauges when
 * their bean is made, so the application's start makes it.
 */
@ApplicationScoped
public class OpenAlertsGauge {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    @Inject
    OpenAlertCounts counts;

    private volatile Map<String, Long> read = Map.of();
    private volatile long readAt;

    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing to do: observing the start is what makes the bean, and with it the gauges
    }

    @Gauge(name = "alerts_open", tags = "severity=info", unit = MetricUnits.NONE, absolute = true)
    public long info() {
        return open("info");
    }

    @Gauge(name = "alerts_open", tags = "severity=warning", unit = MetricUnits.NONE, absolute = true)
    public long warning() {
        return open("warning");
    }

    @Gauge(name = "alerts_open", tags = "severity=critical", unit = MetricUnits.NONE, absolute = true)
    public long critical() {
        return open("critical");
    }

    private long open(String severity) {
        long now = System.nanoTime();
        if (readAt == 0 || now - readAt > FRESH_FOR.toNanos()) {
            read = counts.bySeverity();
            readAt = now;
        }
        return read.getOrDefault(severity, 0L);
    }
}
