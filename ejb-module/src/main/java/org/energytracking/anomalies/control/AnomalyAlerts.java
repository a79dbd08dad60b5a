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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertChanged;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.anomalies.entity.NightBaseLoad;
import org.energytracking.anomalies.entity.UnusualRun;

/**
 * Anomaly and base-load alerts from runs of unusual hours and nightly base loads, in the caller's transaction.
 * What ended more than {@link #NOTIFY_WITHIN} ago (imported history) tells nobody: an unusual run is recorded
 * resolved, a creep that goes on stays open; only newer findings fire the event that makes notify write its outbox rows.
 */
@Dependent
public class AnomalyAlerts {

    private static final Logger LOG = Logger.getLogger(AnomalyAlerts.class.getName());
    static final Duration NOTIFY_WITHIN = Duration.ofHours(24);
    static final String WITHDRAWN = "withdrawn: later readings made this period usual";
    static final String RULE_CHANGED = "withdrawn: the rule's k or floor changed";
    private static final long WEEK = Duration.ofDays(7).toMillis();

    @PersistenceContext
    EntityManager em;
    @Inject
    Event<AlertChanged> changed;

    /** The start of the rule's alert on the subject whose period reaches {@code hourStart}, else {@code hourStart}. */
    long runStartTouching(AlertRule rule, AnomalySubject subject, long hourStart) {
        return overlapping(rule, subject, hourStart, hourStart + 1).stream().mapToLong(a -> a.since().toEpochMilli()).min().orElse(hourStart);
    }

    void reconcile(AlertRule rule, AnomalySubject subject, long from, long to, List<UnusualRun> runs, long lastUsualStart, Instant now,
            String withdrawnNote) {
        List<Alert> known = overlapping(rule, subject, from, to);
        for (Alert alert : known) {
            boolean stillUnusual = runs.stream().anyMatch(run -> run.start() == alert.since().toEpochMilli());
            if (!stillUnusual && alert.note() == null) {
                boolean wasActive = alert.resolvedAt() == null;
                alert.withdraw(withdrawnNote, now);
                LOG.log(Level.INFO, "Anomaly alert {0}: {1}", new Object[] {alert.id(), withdrawnNote});
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
                open(rule, subject, Instant.ofEpochMilli(run.start()), Instant.ofEpochMilli(run.end()), run.expectedWh(), run.actualWh(), now);
            }
        }
        // a usual hour after an active run: the run is over, the alert resolves by itself (quietly: nothing is wrong now)
        active(rule, subject).filter(alert -> alert.periodEnd() != null && alert.periodEnd().toEpochMilli() <= lastUsualStart)
                .ifPresent(alert -> alert.resolve(null, now));
    }

    /** One night's base load: opens, restates or resolves the one creep alert of the rule on the subject. */
    void baseLoad(AlertRule rule, AnomalySubject subject, long nightEnd, NightBaseLoad load, Instant now) {
        Optional<Alert> active = active(rule, subject);
        if (load.crept()) {
            if (active.isPresent()) {
                active.get().restate(Instant.ofEpochMilli(nightEnd), load.baselineW(), load.actualW());
            } else {
                open(rule, subject, Instant.ofEpochMilli(nightEnd - WEEK), Instant.ofEpochMilli(nightEnd), load.baselineW(), load.actualW(), now);
            }
        } else {
            active.ifPresent(alert -> alert.resolve(null, now));
        }
    }

    private void open(AlertRule rule, AnomalySubject subject, Instant start, Instant end, double expected, double observed, Instant now) {
        Alert alert = Alert.period(rule, subject.deviceRowId(), subject.name(), start, end, expected, observed, now);
        boolean recent = end.isAfter(now.minus(NOTIFY_WITHIN));
        if (recent) {
            // one active alert per rule and subject: an earlier episode still open is over
            active(rule, subject).ifPresent(earlier -> earlier.resolve(null, now));
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

    private List<Alert> overlapping(AlertRule rule, AnomalySubject subject, long from, long to) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.ruleId = :rule AND a.subjectKey = :subject AND a.since < :to"
                + " AND a.periodEnd >= :from ORDER BY a.since", Alert.class).setParameter("rule", rule.id()).setParameter("subject", subject.key())
                .setParameter("from", Instant.ofEpochMilli(from)).setParameter("to", Instant.ofEpochMilli(to)).getResultList();
    }

    private Optional<Alert> active(AlertRule rule, AnomalySubject subject) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.ruleId = :rule AND a.subjectKey = :subject AND a.active = 1", Alert.class)
                .setParameter("rule", rule.id()).setParameter("subject", subject.key()).getResultStream().findFirst();
    }
}
