package org.energytracking.metering.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.metering.boundary.RollupRebuilds;
import org.energytracking.metering.entity.DayRange;

/** The spans of days to rebuild, device by device; the checkpoint is how many were handed out. */
@Dependent
@Named("rebuildDays")
public class RebuildDays extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(RebuildDays.class.getName());

    @Inject
    RollupRebuilds rebuilds;
    @Inject
    @BatchProperty
    String devices;
    @Inject
    @BatchProperty
    String from;
    @Inject
    @BatchProperty
    String to;
    @Inject
    @BatchProperty
    String spanDays;

    private List<DayRange> days;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        days = rebuilds.days(devices, from, to, spanDays);
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        LOG.log(Level.INFO, "Rebuilding {0} spans of device-days, from #{1}", new Object[] {days.size(), next});
    }

    @Override
    public Object readItem() {
        if (next >= days.size()) {
            return null;
        }
        if (next > 0 && next % 10 == 0) {
            LOG.log(Level.INFO, "Rebuilt {0} of {1} spans of device-days", new Object[] {next, days.size()});
        }
        return days.get(next++);
    }

    @Override
    public void close() {
        LOG.log(Level.INFO, "Rebuilt {0} of {1} spans of device-days", new Object[] {next, days == null ? 0 : days.size()});
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
