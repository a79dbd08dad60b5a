package org.energytracking.anomalies.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertChanged;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.anomalies.entity.NightBaseLoad;
import org.energytracking.anomalies.entity.UnusualRun;
import org.energytracking.devices.entity.Device;

/**
 * Anomaly and base-load alerts from runs of unusual hours and nightly base loads, in the caller's transaction.
 * What ended more than {@link #NOTIFY_WITHIN} ago (imported history) tells nobody: an unusual run is recorded
 * resolved, a creep that goes on stays open; only newer findings fire the event that makes notify write its outbox rows.
 */
@Dependent
public class AnomalyAlerts {

    static final Duration NOTIFY_WITHIN = Duration.ofHours(24);
    static final String WITHDRAWN = "withdrawn: later readings made this period usual";
    private static final long WEEK = Duration.ofDays(7).toMillis();

    @PersistenceContext
    EntityManager em;
    @Inject
    Event<AlertChanged> changed;

    /** The start of the rule's alert on the device whose period reaches {@code hourStart}, else {@code hourStart}. */
    long runStartTouching(AlertRule rule, Device device, long hourStart) {
        return overlapping(rule, device, hourStart, hourStart + 1).stream().mapToLong(a -> a.since().toEpochMilli()).min().orElse(hourStart);
    }

    void reconcile(AlertRule rule, Device device, long from, long to, List<UnusualRun> runs, long lastUsualStart, Instant now) {
        List<Alert> known = overlapping(rule, device, from, to);
        for (Alert alert : known) {
            boolean stillUnusual = runs.stream().anyMatch(run -> run.start() == alert.since().toEpochMilli());
            if (!stillUnusual && alert.note() == null) {
                boolean wasActive = alert.resolvedAt() == null;
                alert.withdraw(WITHDRAWN, now);
                em.flush();
                if (wasActive) {
                    changed.fire(new AlertChanged(alert.id(), AlertChanged.RESOLVED));
                }
            }
        }
        for (UnusualRun run : runs) {
            Optional<Alert> same = known.stream().filter(a -> a.since().toEpochMilli() == run.start() && a.note() == null).findFirst();
            if (same.isPresent()) {
                same.get().restate(Instant.ofEpochMilli(run.end()), run.expectedWh(), run.actualWh());
            } else {
                open(rule, device, Instant.ofEpochMilli(run.start()), Instant.ofEpochMilli(run.end()), run.expectedWh(), run.actualWh(), now);
            }
        }
        // a usual hour after an active run: the run is over, the alert resolves by itself (quietly: nothing is wrong now)
        active(rule, device).filter(alert -> alert.periodEnd() != null && alert.periodEnd().toEpochMilli() <= lastUsualStart)
                .ifPresent(alert -> alert.resolve(null, now));
    }

    /** One night's base load: opens, restates or resolves the one creep alert of the rule on the device. */
    void baseLoad(AlertRule rule, Device device, long nightEnd, NightBaseLoad load, Instant now) {
        Optional<Alert> active = active(rule, device);
        if (load.crept()) {
            if (active.isPresent()) {
                active.get().restate(Instant.ofEpochMilli(nightEnd), load.baselineW(), load.actualW());
            } else {
                open(rule, device, Instant.ofEpochMilli(nightEnd - WEEK), Instant.ofEpochMilli(nightEnd), load.baselineW(), load.actualW(), now);
            }
        } else {
            active.ifPresent(alert -> alert.resolve(null, now));
        }
    }

    private void open(AlertRule rule, Device device, Instant start, Instant end, double expected, double observed, Instant now) {
        Alert alert = Alert.period(rule, device.id(), device.details().name(), start, end, expected, observed, now);
        boolean recent = end.isAfter(now.minus(NOTIFY_WITHIN));
        if (recent) {
            // one active alert per rule and device: an earlier episode still open is over
            active(rule, device).ifPresent(earlier -> earlier.resolve(null, now));
            em.flush();
        } else if (rule.type() == RuleType.ANOMALY) {
            alert.resolve(null, now);
        }
        em.persist(alert);
        em.flush();
        if (recent) {
            changed.fire(new AlertChanged(alert.id(), AlertChanged.OPENED));
        }
    }

    private List<Alert> overlapping(AlertRule rule, Device device, long from, long to) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.ruleId = :rule AND a.subjectKey = :device AND a.since < :to"
                + " AND a.periodEnd >= :from ORDER BY a.since", Alert.class).setParameter("rule", rule.id()).setParameter("device", device.id())
                .setParameter("from", Instant.ofEpochMilli(from)).setParameter("to", Instant.ofEpochMilli(to)).getResultList();
    }

    private Optional<Alert> active(AlertRule rule, Device device) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.ruleId = :rule AND a.subjectKey = :device AND a.active = 1", Alert.class)
                .setParameter("rule", rule.id()).setParameter("device", device.id()).getResultStream().findFirst();
    }
}
