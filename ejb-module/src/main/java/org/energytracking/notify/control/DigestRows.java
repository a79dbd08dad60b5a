package org.energytracking.notify.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.energytracking.notify.entity.Delivery;
import org.energytracking.notify.entity.DigestKind;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.NotificationDigest;
import org.energytracking.notify.entity.RetrySchedule;

/**
 * The digests: held emails gathered, once due, into one row per recipient × due time, then sent like any outbox
 * row. Each step in a short transaction of its own; the members are marked in the transaction of their digest.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DigestRows {

    /** A recipient's held emails of one due time, to go as one. */
    public record Batch(String recipient, Instant plannedAt, DigestKind kind) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    RetrySchedule schedule;

    /** The held emails now due that no digest has gathered yet, per recipient and due time (daily if any is). */
    public List<Batch> ungathered(Instant now, int limit) {
        Map<List<Object>, Batch> batches = new LinkedHashMap<>();
        em.createQuery("SELECT DISTINCT n.recipient, n.delivery.dueAt, n.digest FROM Notification n WHERE n.delivery.state = 'pending'"
                + " AND n.digest IS NOT NULL AND n.digestId IS NULL AND n.delivery.dueAt <= :now", Object[].class)
                .setParameter("now", now).setMaxResults(limit).getResultList().forEach(row -> {
                    DigestKind kind = DigestKind.valueOf(((String) row[2]).toUpperCase(java.util.Locale.ROOT));
                    batches.merge(List.of(row[0], row[1]), new Batch((String) row[0], (Instant) row[1], kind),
                            (one, other) -> one.kind() == DigestKind.DAILY ? one : other);
                });
        return List.copyOf(batches.values());
    }

    /**
     * Makes the batch's digest and gathers its members, unless one exists for it already: then these came too
     * late for it and go alone. Of two instances inserting the same digest, the second fails on the unique key.
     */
    public void gather(Batch batch, Instant now) {
        boolean exists = !em.createQuery("SELECT d.id FROM NotificationDigest d WHERE d.recipient = :recipient AND d.plannedAt = :planned",
                Long.class).setParameter("recipient", batch.recipient()).setParameter("planned", batch.plannedAt()).getResultList().isEmpty();
        if (!exists) {
            NotificationDigest digest = new NotificationDigest(batch.recipient(), batch.kind(), batch.plannedAt(), now);
            em.persist(digest);
            em.flush();
            em.createQuery("UPDATE Notification n SET n.digestId = :digest WHERE n.recipient = :recipient AND n.delivery.dueAt = :planned"
                    + " AND n.digest IS NOT NULL AND n.digestId IS NULL AND n.delivery.state = 'pending'").setParameter("digest", digest.id())
                    .setParameter("recipient", batch.recipient()).setParameter("planned", batch.plannedAt()).executeUpdate();
            return;
        }
        members("n.digestId IS NULL AND n.recipient = :recipient AND n.delivery.dueAt = :planned AND n.digest IS NOT NULL", batch)
                .forEach(late -> late.alone(now));
    }

    public List<Long> due(Instant now, int limit) {
        return em.createQuery("SELECT d.id FROM NotificationDigest d WHERE d.delivery.state = 'pending' AND d.delivery.dueAt <= :now"
                + " ORDER BY d.delivery.dueAt", Long.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Ours if no one else claimed it since it was read (see {@link Leases}). */
    public Optional<NotificationDigest> claim(long id, Instant now) {
        NotificationDigest digest = em.find(NotificationDigest.class, id);
        if (digest == null || digest.delivery().state() != Delivery.State.PENDING) {
            return Optional.empty();
        }
        return Leases.take(em, "notification_digest", id, digest.delivery().dueAt(), now) ? Optional.of(digest) : Optional.empty();
    }

    public List<Notification> members(long digestId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.digestId = :digest AND n.delivery.state = 'pending' ORDER BY n.createdAt, n.id",
                Notification.class).setParameter("digest", digestId).getResultList();
    }

    /** The digest and the members it carried, in one transaction. */
    public void sent(long id, List<Long> memberIds, Instant now) {
        NotificationDigest digest = em.find(NotificationDigest.class, id);
        digest.sent(now);
        memberIds.stream().map(member -> em.find(Notification.class, member)).filter(member -> member != null).forEach(member -> member.sentIn(digest, now));
    }

    /** Schedules the next try; once it gives up, so do its members, with its last error for administrators to see. */
    public void failed(long id, String error, Instant now) {
        NotificationDigest digest = em.find(NotificationDigest.class, id);
        digest.failed(error, schedule, now);
        if (digest.delivery().state() == Delivery.State.FAILED) {
            members(id).forEach(member -> member.gaveUpWith(digest));
        }
    }

    private List<Notification> members(String condition, Batch batch) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.delivery.state = 'pending' AND " + condition, Notification.class)
                .setParameter("recipient", batch.recipient()).setParameter("planned", batch.plannedAt()).getResultList();
    }
}
