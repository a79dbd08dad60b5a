package org.energytracking.notify.control;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.energytracking.kernel.UtcInstant;

/**
 * Claiming an outbox row (a notification or a digest) for one send: its due time moves a lease ahead, only if
 * it is still pending and still due when it was read. Of two instances reading the same row, one moves it.
 */
public final class Leases {

    /** Longer than any send takes (SMTP and HTTP time out after 10 s). */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final UtcInstant UTC = new UtcInstant();

    private Leases() {
    }

    public static boolean take(EntityManager em, String table, long id, Instant dueAt, Instant now) {
        return em.createNativeQuery("UPDATE " + table + " SET due_at = ? WHERE id = ? AND state = 'pending' AND due_at = ?")
                .setParameter(1, UTC.convertToDatabaseColumn(now.plus(LEASE))).setParameter(2, id)
                .setParameter(3, UTC.convertToDatabaseColumn(dueAt)).executeUpdate() == 1;
    }
}
