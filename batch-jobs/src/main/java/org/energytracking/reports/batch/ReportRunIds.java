package org.energytracking.reports.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.reports.control.ReportProduction;

/**
 * A partition's runs in order; the checkpoint is how many were handed out. Once a third of the lease has gone
 * since it was last renewed, the runs still to come get a new one: a job longer than the lease would otherwise
 * see them taken up by the next timer round's job (produced once all the same, but computed twice).
 */
@Dependent
@Named("reportRunIds")
public class ReportRunIds extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(ReportRunIds.class.getName());

    @Inject
    @BatchProperty
    String runs;
    @Inject
    @BatchProperty
    String holder;
    @Inject
    ReportProduction production;

    Clock clock = Clock.systemUTC();
    private List<Long> ids;
    private int next;
    private Instant renewed;

    @Override
    public void open(Serializable checkpoint) {
        ids = Arrays.stream(runs.split(",")).filter(id -> !id.isBlank()).map(Long::valueOf).toList();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        renewed = clock.instant();
        LOG.log(Level.INFO, "Producing {0} report runs, from #{1}", new Object[] {ids.size(), next});
    }

    @Override
    public Object readItem() {
        if (next >= ids.size()) {
            return null;
        }
        if (next > 0 && next % 100 == 0) {
            LOG.log(Level.INFO, "Produced {0} of {1} report runs", new Object[] {next, ids.size()});
        }
        renewIfDue();
        return ids.get(next++);
    }

    private void renewIfDue() {
        Instant now = clock.instant();
        if (holder == null || holder.isBlank() || now.isBefore(renewed.plus(production.lease().dividedBy(3)))) {
            return;
        }
        List<Long> coming = ids.subList(next, ids.size());
        int kept = production.renew(coming, holder, now);
        renewed = now;
        LOG.log(Level.FINE, "Renewed the lease of {0} of {1} report runs still to come", new Object[] {kept, coming.size()});
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
