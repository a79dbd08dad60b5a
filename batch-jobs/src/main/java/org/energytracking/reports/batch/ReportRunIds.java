package org.energytracking.reports.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A partition's runs in order; the checkpoint is how many were handed out. */
@Dependent
@Named("reportRunIds")
public class ReportRunIds extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(ReportRunIds.class.getName());

    @Inject
    @BatchProperty
    String runs;

    private List<Long> ids;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        ids = Arrays.stream(runs.split(",")).filter(id -> !id.isBlank()).map(Long::valueOf).toList();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
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
        return ids.get(next++);
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
