package org.energytracking.notify.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.kernel.UtcInstant;
import org.energytracking.notify.entity.Channel;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.RetrySchedule;
import org.energytracking.notify.entity.Webhook;

/** The outbox's rows, each step in a short transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

    /** Longer than any send takes (SMTP and HTTP time out after 10 s). */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final UtcInstant UTC = new UtcInstant();

    @PersistenceContext
    EntityManager em;
    @Inject
    @ConfigProperty(name = "notify.retry-first-seconds")
    int retryFirstSeconds;

    public List<Long> due(Instant now, int limit) {
        return em.createQuery("SELECT n.id FROM Notification n WHERE n.state = 'pending' AND n.dueAt <= :now ORDER BY n.dueAt",
                Long.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Ours if no one else claimed it since it was read: its due time moves a lease ahead. */
    public Optional<Notification> claim(long id, Instant now) {
        Notification row = em.find(Notification.class, id);
        if (row == null || row.state() != Notification.State.PENDING) {
            return Optional.empty();
        }
        int claimed = em.createNativeQuery("UPDATE notification SET due_at = ? WHERE id = ? AND state = 'pending' AND due_at = ?")
                .setParameter(1, UTC.convertToDatabaseColumn(now.plus(LEASE))).setParameter(2, id)
                .setParameter(3, UTC.convertToDatabaseColumn(row.dueAt())).executeUpdate();
        return claimed == 1 ? Optional.of(row) : Optional.empty();
    }

    public void sent(long id, Instant now) {
        Notification row = em.find(Notification.class, id);
        row.sent(now);
        webhookOf(row).ifPresent(webhook -> webhook.failing(false));
    }

    /** Schedules the next try; once it gives up, a webhook it was for shows as failing. */
    public void failed(long id, String error, Instant now) {
        Notification row = em.find(Notification.class, id);
        row.failed(error, new RetrySchedule(Duration.ofSeconds(retryFirstSeconds), RetrySchedule.DEFAULT.longest(),
                RetrySchedule.DEFAULT.giveUpAfter()), now);
        if (row.state() == Notification.State.FAILED) {
            webhookOf(row).ifPresent(webhook -> webhook.failing(true));
        }
    }

    private Optional<Webhook> webhookOf(Notification row) {
        return row.channel() == Channel.WEBHOOK
                ? Optional.ofNullable(em.find(Webhook.class, Long.parseLong(row.recipient().substring("webhook:".length()))))
                : Optional.empty();
    }
}
