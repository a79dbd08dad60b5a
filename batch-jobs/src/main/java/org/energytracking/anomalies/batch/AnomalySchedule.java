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
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.anomalies.boundary.BaselineJobs;
import org.energytracking.anomalies.control.AnomalyWatch;
import org.energytracking.cluster.control.ScheduledRounds;

/**
 * Every {@code anomalies.check-interval-seconds} (30 s), on every instance: the hours this instance re-rolled since
 * are judged. The rollup timer runs every 5 s, so an hour is judged well within 2 minutes of the reading that
 * completes it. Every night at {@code anomalies.baseline-job-hour}:{@code -minute} (server time), once across a
 * deployment group (the lease holder): the {@code anomaly-baselines} batch job in
 * {@code anomalies.baseline-job-partitions} partitions.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AnomalySchedule {

    private static final String CHECK = "anomaly-checks";
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
    @Inject
    ScheduledRounds scheduled;

    @PostConstruct
    void schedule() {
        long millis = intervalSeconds * 1000L;
        timers.createIntervalTimer(millis, millis, new TimerConfig(CHECK, false));
        timers.createCalendarTimer(new ScheduleExpression().hour(jobHour).minute(jobMinute), new TimerConfig(NIGHTLY, false));
    }

    @Timeout
    void round(Timer timer) {
        if (NIGHTLY.equals(timer.getInfo())) {
            scheduled.oncePerGroup(NIGHTLY, Duration.ZERO, () -> baselines.start(jobPartitions));
        } else {
            scheduled.everyInstance(CHECK, () -> watch.evaluate(Instant.now()));
        }
    }
}
