package org.energytracking.alerts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertChanged;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.BudgetStep;
import org.energytracking.alerts.entity.BudgetUse;

/**
 * Opens, reopens, reminds and resolves alerts, each change in a transaction of its own with the event that
 * makes notify write its outbox rows. Two evaluations racing for the same rule and subject: the unique key
 * (rule, subject, active) refuses the second insert, its transaction rolls back, and the caller moves on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertBook {

    @PersistenceContext
    EntityManager em;
    @Inject
    Event<AlertChanged> changed;

    /** The condition holds for the subject (a device, or null for the rule's site): open, reopen or update. */
    public void raise(long ruleId, Long deviceRowId, String subjectName, Instant since, Double observed, Instant now) {
        AlertRule rule = em.find(AlertRule.class, ruleId);
        if (rule == null) {
            return;
        }
        Optional<Alert> active = active(ruleId, deviceRowId);
        if (active.isPresent()) {
            active.get().observe(observed);
            return;
        }
        Optional<Alert> recent = latest(ruleId, deviceRowId).filter(alert -> alert.reopensAt(now));
        if (recent.isPresent()) {
            String event = recent.get().reopen(rule, observed, since, now);
            em.flush();
            changed.fire(new AlertChanged(recent.get().id(), event));
            return;
        }
        Alert alert = Alert.open(rule, deviceRowId, subjectName, since, observed, now);
        em.persist(alert);
        em.flush();
        changed.fire(new AlertChanged(alert.id(), AlertChanged.OPENED));
    }

    /** The condition has cleared: the active alert, if any, resolves by itself. */
    public void clear(long ruleId, Long deviceRowId, Instant now) {
        active(ruleId, deviceRowId).ifPresent(alert -> {
            String event = alert.resolve(null, now);
            em.flush();
            changed.fire(new AlertChanged(alert.id(), event));
        });
    }

    /**
     * A budget's use in the period that begins at {@code periodStart}: the previous period's alert, if still
     * active, resolves by itself without a notification (the period is over, nothing is wrong now); the period's
     * own alert opens, escalates or takes the new figure (see {@link BudgetStep}).
     */
    public void budget(long ruleId, Long deviceRowId, String subjectName, Instant periodStart, BudgetUse use, Instant now) {
        AlertRule rule = em.find(AlertRule.class, ruleId);
        if (rule == null) {
            return;
        }
        Optional<Alert> active = active(ruleId, deviceRowId);
        if (active.isPresent() && active.get().since().isBefore(periodStart)) {
            active.get().resolve(null, now);
            // before the period's alert may become active: the unique key allows one active at a time
            em.flush();
        }
        Alert alert = latest(ruleId, deviceRowId).filter(latest -> latest.since().equals(periodStart)).orElse(null);
        switch (BudgetStep.of(alert, rule.budgetLevel(use.used()), use)) {
            case OPEN -> {
                Alert opened = Alert.budget(rule, deviceRowId, subjectName, periodStart, use, now);
                em.persist(opened);
                em.flush();
                changed.fire(new AlertChanged(opened.id(), AlertChanged.OPENED));
            }
            case ESCALATE -> {
                String event = alert.escalate(rule, use, now);
                em.flush();
                changed.fire(new AlertChanged(alert.id(), event));
            }
            case UPDATE -> alert.observe(use);
            case NOTHING -> {
            }
        }
    }

    /** The latest alert of a budget rule on the subject (a device, or null for the site's total), if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Alert> latestOf(long ruleId, Long deviceRowId) {
        return latest(ruleId, deviceRowId);
    }

    /** Sends the reminders that are due, each once. */
    public int remindDue(Instant now, int limit) {
        List<Alert> due = em.createQuery("SELECT a FROM Alert a WHERE a.active = 1 AND a.nextReminderAt <= :now ORDER BY a.nextReminderAt",
                Alert.class).setParameter("now", now).setMaxResults(limit).getResultList();
        for (Alert alert : due) {
            String event = alert.remind(em.find(AlertRule.class, alert.ruleId()), now);
            changed.fire(new AlertChanged(alert.id(), event));
        }
        return due.size();
    }

    /** When the rule's latest alert on the subject last opened or resolved, if it has one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lastChange(long ruleId, Long deviceRowId) {
        return latest(ruleId, deviceRowId).map(alert -> alert.resolvedAt() != null ? alert.resolvedAt() : alert.openedAt());
    }

    /** Whether the rule has an alert open or acknowledged on the subject. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isActive(long ruleId, Long deviceRowId) {
        return active(ruleId, deviceRowId).isPresent();
    }

    private Optional<Alert> active(long ruleId, Long deviceRowId) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.ruleId = :rule AND a.subjectKey = :subject AND a.active = 1", Alert.class)
                .setParameter("rule", ruleId).setParameter("subject", deviceRowId == null ? 0L : deviceRowId)
                .getResultStream().findFirst();
    }

    private Optional<Alert> latest(long ruleId, Long deviceRowId) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.ruleId = :rule AND a.subjectKey = :subject ORDER BY a.id DESC", Alert.class)
                .setParameter("rule", ruleId).setParameter("subject", deviceRowId == null ? 0L : deviceRowId)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
