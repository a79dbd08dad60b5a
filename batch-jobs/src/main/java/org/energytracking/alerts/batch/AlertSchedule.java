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
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.alerts.control.AlertBook;
import org.energytracking.alerts.control.BudgetWatch;
import org.energytracking.alerts.control.OfflineWatch;
import org.energytracking.alerts.control.ThresholdWatch;
import org.energytracking.notify.control.OutboxWorker;

/**
 * Every second: threshold rules on the devices that got readings. Every {@code alerts.check-interval-seconds}:
 * offline rules, budget rules whose rollups were re-rolled since (the rollup timer runs every 5 s, so a budget
 * reads rollups at most one check interval old), due reminders, then the outbox (a setting, so tests wait
 * seconds). A round that overruns makes the next tick of its kind skip, not queue.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertSchedule {

    private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());
    private static final int REMINDERS_PER_ROUND = 200;
    private static final long THRESHOLD_MILLIS = 1_000;
    private static final String CHECK = "check";
    private static final String THRESHOLDS = "thresholds";

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

    private final AtomicBoolean checking = new AtomicBoolean();
    private final AtomicBoolean judging = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long millis = intervalSeconds * 1000L;
        timers.createIntervalTimer(millis, millis, new TimerConfig(CHECK, false));
        timers.createIntervalTimer(THRESHOLD_MILLIS, THRESHOLD_MILLIS, new TimerConfig(THRESHOLDS, false));
    }

    @Timeout
    void round(Timer timer) {
        if (THRESHOLDS.equals(timer.getInfo())) {
            once(judging, () -> thresholds.evaluate(Instant.now()));
        } else {
            once(checking, () -> {
                Instant now = Instant.now();
                offline.check(now);
                budgets.evaluate(now);
                book.remindDue(now, REMINDERS_PER_ROUND);
                outbox.sendDue(Instant.now());
            });
        }
    }

    private static void once(AtomicBoolean running, Runnable round) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            round.run();
        } catch (RuntimeException e) {
            // an exception escaping a timer method would cancel the timer for good
            LOG.log(Level.WARNING, "Alert round failed: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }
}
