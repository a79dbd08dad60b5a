package org.energytracking.alerts.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.alerts.control.AlertBook;
import org.energytracking.alerts.control.BudgetWatch;
import org.energytracking.alerts.control.OfflineWatch;
import org.energytracking.alerts.control.ThresholdWatch;
import org.energytracking.cluster.control.ScheduledRounds;
import org.energytracking.notify.control.OutboxWorker;

/**
 * Every second, on every instance: threshold rules on the devices whose readings this instance's writer stored.
 * Every {@code alerts.check-interval-seconds}: on every instance, budget rules whose rollups this instance re-rolled
 * (the rollup timer runs every 5 s, so a budget reads rollups at most one check interval old); then, once across
 * the group (each on the holder of its lease), offline rules, due reminders and the outbox (a setting, so tests wait
 * seconds).
 * Judging the same rule on two instances at once opens one alert: the unique key (rule, subject, active).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertSchedule {

    private static final String CHECK = "offline-alerts";
    private static final String REMINDERS = "alert-reminders";
    private static final String OUTBOX = "notification-outbox";
    private static final int REMINDERS_PER_ROUND = 200;
    private static final long THRESHOLD_MILLIS = 1_000;
    private static final String THRESHOLDS = "alert-thresholds";
    private static final String BUDGETS = "alert-budgets";

    @Resource
    TimerService timers;
    @Inject
    @ConfigProperty(name = "alerts.check-interval-seconds")
    int intervalSeconds;
    @Inject
    OfflineWatch offline;
    @Inject
    AlertBook book;
    @Inject
    OutboxWorker outbox;
    @Inject
    ThresholdWatch thresholds;
    @Inject
    BudgetWatch budgets;
    @Inject
    ScheduledRounds scheduled;

    @PostConstruct
    void schedule() {
        long millis = intervalSeconds * 1000L;
        timers.createIntervalTimer(millis, millis, new TimerConfig(CHECK, false));
        timers.createIntervalTimer(THRESHOLD_MILLIS, THRESHOLD_MILLIS, new TimerConfig(THRESHOLDS, false));
    }

    @Timeout
    void round(Timer timer) {
        if (THRESHOLDS.equals(timer.getInfo())) {
            scheduled.everyInstance(THRESHOLDS, () -> thresholds.evaluate(Instant.now()));
        } else {
            Duration every = Duration.ofSeconds(intervalSeconds);
            scheduled.everyInstance(BUDGETS, () -> budgets.evaluate(Instant.now()));
            // each a round of its own: one alert that fails to change must not keep the outbox from sending
            scheduled.oncePerGroup(CHECK, every, () -> offline.check(Instant.now()));
            scheduled.oncePerGroup(REMINDERS, every, () -> book.remindDue(Instant.now(), REMINDERS_PER_ROUND));
            scheduled.oncePerGroup(OUTBOX, every, () -> outbox.sendDue(Instant.now()));
        }
    }
}
