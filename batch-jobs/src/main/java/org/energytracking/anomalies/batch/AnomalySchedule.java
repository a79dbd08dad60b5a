package org.energytracking.anomalies.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.anomalies.boundary.BaselineJobs;
import org.energytracking.anomalies.control.AnomalyWatch;

/**
 * Every {@code anomalies.check-interval-seconds} (30 s): the hours re-rolled since are judged. The rollup timer runs
 * every 5 s, so an hour is judged well within 2 minutes of the reading that completes it. A round that overruns
 * makes the next tick skip, not queue. Every night at {@code anomalies.baseline-job-hour}:{@code -minute} (server
 * time): the {@code anomaly-baselines} batch job in {@code anomalies.baseline-job-partitions} partitions.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AnomalySchedule {

    private static final Logger LOG = Logger.getLogger(AnomalySchedule.class.getName());
    private static final String CHECK = "anomalies";
    private static final String NIGHTLY = "anomaly-baselines";

    @Resource
    TimerService timers;
    @Inject
    @ConfigProperty(name = "anomalies.check-interval-seconds")
    int intervalSeconds;
    @Inject
    @ConfigProperty(name = "anomalies.baseline-job-hour")
    int jobHour;
    @Inject
    @ConfigProperty(name = "anomalies.baseline-job-minute")
    int jobMinute;
    @Inject
    @ConfigProperty(name = "anomalies.baseline-job-partitions")
    int jobPartitions;
    @Inject
    AnomalyWatch watch;
    @Inject
    BaselineJobs baselines;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long millis = intervalSeconds * 1000L;
        timers.createIntervalTimer(millis, millis, new TimerConfig(CHECK, false));
        timers.createCalendarTimer(new ScheduleExpression().hour(jobHour).minute(jobMinute), new TimerConfig(NIGHTLY, false));
    }

    @Timeout
    void round(Timer timer) {
        if (NIGHTLY.equals(timer.getInfo())) {
            try {
                baselines.start(jobPartitions);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not start the anomaly baseline job: {0}", e.toString());
            }
            return;
        }
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            watch.evaluate(Instant.now());
        } catch (RuntimeException e) {
            // an exception escaping a timer method would cancel the timer for good
            LOG.log(Level.WARNING, "Anomaly round failed: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }
}
