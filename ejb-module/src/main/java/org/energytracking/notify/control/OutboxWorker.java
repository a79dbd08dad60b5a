package org.energytracking.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.notify.entity.Channel;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.NotificationDigest;

/**
 * Sends what is due in the outbox. Each notification or digest is first claimed (its due time moved a lease
 * ahead, only if no one else moved it), then sent outside any transaction, then marked sent or failed. Two
 * instances never send the same row; a crash between the send and the mark sends it once more when the lease
 * runs out, the one duplicate no outbox over SMTP can rule out. Held emails now due are first gathered into
 * their digests, one per recipient and due time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 50;

    @Inject
    OutboxRows rows;
    @Inject
    DigestRows digests;
    @Inject
    @Any
    Instance<NotificationChannel> channels;
    @Inject
    EmailChannel email;

    private Map<Channel, NotificationChannel> byChannel;

    /** Once per bean: each lookup through an Instance would leave an instance behind until the bean ends. */
    @PostConstruct
    void resolveChannels() {
        byChannel = new EnumMap<>(Channel.class);
        channels.forEach(channel -> byChannel.put(channel.channel(), channel));
    }

    /** Sends up to a batch of due notifications and a batch of due digests; returns how many were sent. */
    public int sendDue(Instant now) {
        gather(now);
        int sent = 0;
        for (long id : rows.due(now, BATCH)) {
            Notification claimed = rows.claim(id, now).orElse(null);
            if (claimed != null) {
                try {
                    channel(claimed).send(claimed, now);
                    rows.sent(id, Instant.now());
                    sent++;
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Notification {0} ({1} to {2}) not sent: {3}",
                            new Object[] {id, claimed.channel().apiName(), claimed.recipient(), e.toString()});
                    rows.failed(id, reason(e), Instant.now());
                }
            }
        }
        for (long id : digests.due(now, BATCH)) {
            NotificationDigest claimed = digests.claim(id, now).orElse(null);
            if (claimed != null) {
                List<Notification> members = digests.members(id);
                try {
                    email.send(claimed, members);
                    digests.sent(id, members.stream().map(Notification::id).toList(), Instant.now());
                    sent++;
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Digest {0} to {1} not sent: {2}", new Object[] {id, claimed.recipient(), e.toString()});
                    digests.failed(id, reason(e), Instant.now());
                }
            }
        }
        return sent;
    }

    private void gather(Instant now) {
        for (DigestRows.Batch batch : digests.ungathered(now, BATCH)) {
            try {
                digests.gather(batch, now);
            } catch (EJBException e) {
                // another instance inserted the same digest first (the unique key), and gathers it
                LOG.log(Level.FINE, "Digest of {0} at {1} gathered elsewhere: {2}", new Object[] {batch.recipient(), batch.plannedAt(), e.toString()});
            }
        }
    }

    private NotificationChannel channel(Notification notification) {
        NotificationChannel channel = byChannel.get(notification.channel());
        if (channel == null) {
            throw new IllegalStateException("no sender for " + notification.channel().apiName());
        }
        return channel;
    }

    /** What administrators read as the last error: the cause's message, not the container's wrapper. */
    private static String reason(Exception e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
