package org.energytracking.ingest.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The ingest figures on /metrics: readings accepted and rejected, messages rejected, writer
 * batches. Metrics are looked up once and kept: the registry's lookup is costly on the hot path.
 */
@ApplicationScoped
public class IngestMetrics {

    @Inject
    MetricRegistry registry;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private Histogram batchReadings;
    private Histogram commitMillis;

    @PostConstruct
    void register() {
        batchReadings = registry.histogram("writer_batch_readings");
        commitMillis = registry.histogram("writer_commit_millis");
    }

    public void accepted(String source, int readings) {
        counter("readings_accepted", source, null).inc(readings);
    }

    public void rejectedReadings(String source, int readings) {
        counter("readings_rejected", source, null).inc(readings);
    }

    public void rejectedMessage(String source, RejectionKind kind) {
        counter("messages_rejected", source, kind.label()).inc();
    }

    /** {@code writer_queued_writes}: messages and requests waiting for the writer's next commit. */
    void writerQueue(Supplier<Integer> queued) {
        registry.gauge("writer_queued_writes", queued);
    }

    void batchCommitted(int readings, long nanos) {
        batchReadings.update(readings);
        commitMillis.update(nanos / 1_000_000);
    }

    private Counter counter(String name, String source, String kind) {
        return counters.computeIfAbsent(name + '|' + source + '|' + kind, key -> kind == null
                ? registry.counter(name, new Tag("source", source))
                : registry.counter(name, new Tag("source", source), new Tag("kind", kind)));
    }
}
