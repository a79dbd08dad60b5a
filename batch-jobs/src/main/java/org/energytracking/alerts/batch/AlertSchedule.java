package org.energytracking.alerts.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.alerts.control.AlertBook;
import org.energytracking.alerts.control.OfflineWatch;
import org.energytracking.notify.control.OutboxWorker;

/**
 * Every {@code alerts.check-interval-seconds}: offline rules, due reminders, then the outbox. The interval is
 * a setting so tests wait seconds; a round that overruns makes the next tick skip, not queue.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertSchedule {

    private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());
    private static final int REMINDERS_PER_ROUND = 200;

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

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long millis = intervalSeconds * 1000L;
        timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = Instant.now();
            offline.check(now);
            book.remindDue(now, REMINDERS_PER_ROUND);
            outbox.sendDue(Instant.now());
        } catch (RuntimeException e) {
            // an exception escaping a timer method would cancel the timer for good
            LOG.log(Level.WARNING, "Alert round failed: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }
}
