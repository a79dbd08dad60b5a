package org.energytracking.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.energytracking.cluster.entity.LeaseTerm;

/**
 * Runs the rounds of the scheduled jobs. A job that must run once per round across a deployment group runs only
 * on the instance holding its lease ({@link ScheduleLeases}); a job that works on what this instance alone heard
 * (the readings its writer stored, the rollups it re-rolled) runs on every instance. A round still running makes
 * the next tick skip, not queue (the tick still renews the lease, so a long round keeps it). Rounds run are counted
 * in {@code scheduled_rounds_total{job}}. A failing round is logged: an exception escaping a timer method would
 * cancel the timer for good.
 */
@ApplicationScoped
public class ScheduledRounds {

    private static final Logger LOG = Logger.getLogger(ScheduledRounds.class.getName());

    @Inject
    ScheduleLeases leases;
    @Inject
    MetricRegistry registry;
    @Inject
    @ConfigProperty(name = "cluster.timer-lease-seconds")
    int leaseSeconds;

    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();
    private final Map<String, Counter> rounds = new ConcurrentHashMap<>();

    /** Runs the round if this instance holds (or now takes) the job's lease; {@code every}: the timer's interval, or zero. */
    public void oncePerGroup(String job, Duration every, Runnable round) {
        boolean ours;
        try {
            ours = leases.take(job, LeaseTerm.of(Duration.ofSeconds(leaseSeconds), every));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No round of {0}: its lease could not be taken: {1}", new Object[] {job, e.toString()});
            return;
        }
        if (ours) {
            run(job, round);
        } else {
            LOG.log(Level.FINEST, "No round of {0}: another instance holds its lease", job);
        }
    }

    /** Runs the round here whatever other instances do. */
    public void everyInstance(String job, Runnable round) {
        run(job, round);
    }

    void count(String job) {
        rounds.computeIfAbsent(job, key -> registry.counter("scheduled_rounds", new Tag("job", key))).inc();
        LOG.log(Level.FINE, "A round of {0}", job);
    }

    private void run(String job, Runnable round) {
        AtomicBoolean busy = running.computeIfAbsent(job, key -> new AtomicBoolean());
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            count(job);
            round.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A round of {0} failed: {1}", new Object[] {job, e.toString()});
        } finally {
            busy.set(false);
        }
    }
}
