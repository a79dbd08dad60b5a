package org.energytracking.anomalies.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.anomalies.boundary.BaselineJobs;

/** A partition's devices in id order; the checkpoint is the last device id handed out. */
@Dependent
@Named("baselineDevices")
public class BaselineDevices extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(BaselineDevices.class.getName());
    private static final int LOG_EVERY = 1000;

    @Inject
    BaselineJobs jobs;
    @Inject
    @BatchProperty
    String partition;
    @Inject
    @BatchProperty
    String partitions;

    private List<Long> devices;
    private int next;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        devices = jobs.devices(Integer.parseInt(partition), Integer.parseInt(partitions), lastId);
        LOG.log(Level.INFO, "Anomaly baselines, partition {0}: {1} devices after id {2}", new Object[] {partition, devices.size(), lastId});
    }

    @Override
    public Object readItem() {
        if (next >= devices.size()) {
            return null;
        }
        if (next > 0 && next % LOG_EVERY == 0) {
            LOG.log(Level.INFO, "Anomaly baselines, partition {0}: {1} of {2} devices", new Object[] {partition, next, devices.size()});
        }
        lastId = devices.get(next++);
        return lastId;
    }

    @Override
    public void close() {
        LOG.log(Level.INFO, "Anomaly baselines, partition {0}: {1} of {2} devices done", new Object[] {partition, next,
                devices == null ? 0 : devices.size()});
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
