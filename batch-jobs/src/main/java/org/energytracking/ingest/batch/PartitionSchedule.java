package org.energytracking.ingest.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the partition-maintenance batch job every hour; the job is cheap when there is nothing to do. */
@Singleton
public class PartitionSchedule {

    public static final String JOB = "partition-maintenance";
    private static final Logger LOG = Logger.getLogger(PartitionSchedule.class.getName());

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        // an exception escaping a @Schedule method would cancel the timer for good
        try {
            long execution = BatchRuntime.getJobOperator().start(JOB, new Properties());
            LOG.fine(() -> "Started " + JOB + " execution " + execution);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start " + JOB, e);
        }
    }
}
