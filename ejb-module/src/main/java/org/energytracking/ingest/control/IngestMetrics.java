package org.energytracking.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** The ingest figures on /metrics: readings accepted and rejected, messages rejected, writer batches. */
@ApplicationScoped
public class IngestMetrics {

    @Inject
    MetricRegistry registry;

    public void accepted(String source, int readings) {
        registry.counter("readings_accepted", new Tag("source", source)).inc(readings);
    }

    public void rejectedReadings(String source, int readings) {
        registry.counter("readings_rejected", new Tag("source", source)).inc(readings);
    }

    public void rejectedMessage(String source, RejectionKind kind) {
        registry.counter("messages_rejected", new Tag("source", source), new Tag("kind", kind.label())).inc();
    }

    void batchCommitted(int readings, long nanos) {
        registry.histogram("writer_batch_readings").update(readings);
        registry.histogram("writer_commit_millis").update(nanos / 1_000_000);
    }
}
