package org.energytracking.notify.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.kernel.Problem;
import org.energytracking.notify.control.WebhookChannel;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.Webhook;

/** The caller's own webhooks; another user's do not exist for them. */
@Stateless
public class Webhooks {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller current;
    @Inject
    WebhookChannel channel;

    private static final String RECIPIENT = "webhook:";

    private final Clock clock = Clock.systemUTC();

    public List<Webhook> list() {
        return em.createNamedQuery(Webhook.OF_USER, Webhook.class).setParameter("userId", current.get().userId()).getResultList();
    }

    /**
     * The latest delivery to each of the caller's webhooks that went wrong and has not since gone through (still
     * retried, or given up), by webhook id: what the profile shows beside the webhook.
     */
    public Map<Long, Notification> troubles() {
        List<String> recipients = list().stream().map(webhook -> RECIPIENT + webhook.id()).toList();
        Map<Long, Notification> latest = new HashMap<>();
        if (!recipients.isEmpty()) {
            em.createQuery("SELECT n FROM Notification n WHERE n.channel = 'webhook' AND n.recipient IN :recipients"
                    + " AND n.delivery.lastError IS NOT NULL ORDER BY n.id", Notification.class).setParameter("recipients", recipients)
                    .getResultStream().forEach(row -> latest.put(Long.parseLong(row.recipient().substring(RECIPIENT.length())), row));
        }
        return latest;
    }

    /** A new webhook; its secret is in the answer this once. */
    public Webhook create(String url) {
        Webhook webhook = new Webhook(current.get().userId(), url, clock.instant());
        em.persist(webhook);
        em.flush();
        return webhook;
    }

    public void delete(long id) {
        em.remove(own(id));
    }

    /** Posts a signed test document now, holding no transaction while it waits; returns the receiver's HTTP status. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int test(long id) {
        Webhook webhook = own(id);
        return channel.post(webhook, "{\"event\":\"test\",\"message\":\"A test from the energy platform\"}");
    }

    private Webhook own(long id) {
        Webhook webhook = em.find(Webhook.class, id);
        if (webhook == null || webhook.userId() != current.get().userId()) {
            throw Problem.notFound("no webhook " + id);
        }
        return webhook;
    }
}
