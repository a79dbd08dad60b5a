package org.energytracking.notify.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.User;
import org.energytracking.kernel.Problem;
import org.energytracking.notify.entity.Delivery;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.Webhook;

/** For administrators: the notifications still to go or given up, newest first, with who they were for and why they failed. */
@Stateless
public class OutboxReport {

    /** One outbox row as an administrator reads it; the recipient as an email address or a webhook's URL. */
    public record Row(long id, long alertId, String event, String channel, String recipient, String state, int attempts,
                      String lastError, Instant nextAttemptAt, Instant createdAt, boolean inDigest) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller current;

    public List<Row> list(String state, int limit) {
        if (!current.get().isAdmin()) {
            throw Problem.forbidden("only administrators see the notification outbox");
        }
        Delivery.State wanted = parse(state);
        return em.createQuery("SELECT n FROM Notification n WHERE n.delivery.state = :state ORDER BY n.id DESC", Notification.class)
                .setParameter("state", wanted.name().toLowerCase(Locale.ROOT)).setMaxResults(limit).getResultStream()
                .map(n -> new Row(n.id(), n.alertId(), n.event(), n.channel().apiName(), recipient(n.recipient()),
                        n.state().name().toLowerCase(Locale.ROOT), n.delivery().attempts(), n.delivery().lastError(),
                        wanted == Delivery.State.PENDING ? n.dueAt() : null, n.createdAt(), n.held()))
                .toList();
    }

    private String recipient(String recipient) {
        long id = Long.parseLong(recipient.substring(recipient.indexOf(':') + 1));
        if (recipient.startsWith("webhook:")) {
            Webhook webhook = em.find(Webhook.class, id);
            return webhook == null ? recipient : webhook.url();
        }
        User user = em.find(User.class, id);
        return user == null ? recipient : user.email();
    }

    private static Delivery.State parse(String state) {
        if ("pending".equals(state) || "failed".equals(state)) {
            return Delivery.State.valueOf(state.toUpperCase(Locale.ROOT));
        }
        throw Problem.invalid("state", "state must be pending or failed");
    }
}
