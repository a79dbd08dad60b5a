package org.energytracking.notify.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.energytracking.notify.entity.Channel;
import org.energytracking.notify.entity.Delivery;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.RetrySchedule;
import org.energytracking.notify.entity.Webhook;

/** The outbox's single notifications (not those held for a digest), each step in a short transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

    @PersistenceContext
    EntityManager em;
    @Inject
    RetrySchedule schedule;

    public List<Long> due(Instant now, int limit) {
        return em.createQuery("SELECT n.id FROM Notification n WHERE n.delivery.state = 'pending' AND n.digest IS NULL"
                + " AND n.delivery.dueAt <= :now ORDER BY n.delivery.dueAt", Long.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Ours if no one else claimed it since it was read (see {@link Leases}). */
    public Optional<Notification> claim(long id, Instant now) {
        Notification row = em.find(Notification.class, id);
        if (row == null || row.state() != Delivery.State.PENDING) {
            return Optional.empty();
        }
        return Leases.take(em, "notification", id, row.dueAt(), now) ? Optional.of(row) : Optional.empty();
    }

    public void sent(long id, Instant now) {
        Notification row = em.find(Notification.class, id);
        row.sent(now);
        webhookOf(row).ifPresent(webhook -> webhook.failing(false));
    }

    /** Schedules the next try; once it gives up, a webhook it was for shows as failing. */
    public void failed(long id, String error, Instant now) {
        Notification row = em.find(Notification.class, id);
        row.failed(error, schedule, now);
        if (row.state() == Delivery.State.FAILED) {
            webhookOf(row).ifPresent(webhook -> webhook.failing(true));
        }
    }

    private Optional<Webhook> webhookOf(Notification row) {
        return row.channel() == Channel.WEBHOOK
                ? Optional.ofNullable(em.find(Webhook.class, Long.parseLong(row.recipient().substring("webhook:".length()))))
                : Optional.empty();
    }
}
