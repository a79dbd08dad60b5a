package org.energytracking.notify.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.notify.entity.Notification;

/**
 * Sends what is due in the outbox. Each notification is first claimed (its due time moved a lease ahead, only
 * if no one else moved it), then sent outside any transaction, then marked sent or failed. Two instances never
 * send the same row; a crash between the send and the mark sends it once more when the lease runs out, the
 * one duplicate no outbox over SMTP can rule out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;
    @Inject
    OutboxRows rows;
    @Inject
    EmailChannel email;
    @Inject
    WebhookChannel webhooks;

    /** Sends up to a batch of due notifications; returns how many were sent. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (long id : rows.due(now, BATCH)) {
            Notification claimed = rows.claim(id, now).orElse(null);
            if (claimed == null) {
                continue;
            }
            try {
                switch (claimed.channel()) {
                    case EMAIL -> email.send(claimed, now);
                    case WEBHOOK -> webhooks.send(claimed, now);
                    default -> throw new IllegalStateException("no sender for " + claimed.channel().apiName() + " yet");
                }
                rows.sent(id, Instant.now());
                sent++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Notification {0} ({1} to {2}) not sent: {3}",
                        new Object[] {id, claimed.channel().apiName(), claimed.recipient(), e.toString()});
                rows.failed(id, e.getMessage(), Instant.now());
            }
        }
        return sent;
    }
}
