package org.energytracking.ingest.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.cluster.control.ScheduledRounds;

/**
 * Runs the partition-maintenance batch job half a minute after start and then every hour, once across a
 * deployment group (the lease holder: two jobs altering the same partitions at once would fail); the job
 * is cheap when there is nothing to do. (The schema start-up also creates what is missing, so
 * ingest never waits for this.)
 */
@Singleton
@Startup
public class PartitionSchedule {

    public static final String JOB = "partition-maintenance";
    private static final Logger LOG = Logger.getLogger(PartitionSchedule.class.getName());
    private static final long FIRST_RUN_DELAY_MILLIS = 30_000;

    @Resource
    TimerService timers;
    @Inject
    ScheduledRounds scheduled;

    @PostConstruct
    void scheduleFirstRun() {
        timers.createSingleActionTimer(FIRST_RUN_DELAY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void firstRun() {
        startJob();
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        startJob();
    }

    private void startJob() {
        scheduled.oncePerGroup(JOB, Duration.ZERO, () -> {
            long execution = BatchRuntime.getJobOperator().start(JOB, new Properties());
            LOG.log(Level.FINE, "Started {0} execution {1}", new Object[] {JOB, execution});
        });
    }
}
