package org.energytracking.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.energytracking.kernel.UtcInstant;

/**
 * One notification in the outbox: an alert's event for one recipient on one channel. Written with the alert
 * change (unique per alert × event × channel × recipient, so a redelivered or raced change adds nothing),
 * sent afterwards by the worker, alone or (a held email) in a {@link NotificationDigest} with the others due then.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "alert_id")
    private long alertId;
    private String event;
    private String channel;
    private String recipient;
    @Embedded
    private Delivery delivery;
    private String digest;
    @Column(name = "digest_id")
    private Long digestId;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected Notification() {
    }

    public Notification(long alertId, String event, Channel channel, String recipient, Instant due, Instant now) {
        this(alertId, event, channel, recipient, new Hold(due, null), now);
    }

    /** A notification held as {@code hold} says: alone when it is due, or in that kind of digest. */
    public Notification(long alertId, String event, Channel channel, String recipient, Hold hold, Instant now) {
        this.alertId = alertId;
        this.event = event;
        this.channel = channel.apiName();
        this.recipient = recipient;
        this.delivery = Delivery.due(hold.until());
        this.digest = hold.digest() == null ? null : hold.digest().apiName();
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public void sent(Instant now) {
        delivery.sent(now);
    }

    public void failed(String error, RetrySchedule schedule, Instant now) {
        delivery.failed(error, schedule, now);
    }

    /** Sent in {@code digest}'s email. */
    public void sentIn(NotificationDigest digest, Instant now) {
        digestId = digest.id();
        delivery.sent(now);
    }

    /** Its digest gave up: so does it, with the digest's last error. */
    public void gaveUpWith(NotificationDigest digest) {
        delivery.gaveUp(digest.delivery().lastError());
    }

    /** Too late for its digest (gathered and sent already): it goes alone, now. */
    public void alone(Instant now) {
        digest = null;
        delivery.dueAt(now);
    }

    public Long id() {
        return id;
    }

    public long alertId() {
        return alertId;
    }

    public String event() {
        return event;
    }

    public Channel channel() {
        return Channel.valueOf(channel.toUpperCase(Locale.ROOT));
    }

    public String recipient() {
        return recipient;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Delivery.State state() {
        return delivery.state();
    }

    public Instant dueAt() {
        return delivery.dueAt();
    }

    /** Held to go in a digest (gathered into one or not yet). */
    public boolean held() {
        return digest != null;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
