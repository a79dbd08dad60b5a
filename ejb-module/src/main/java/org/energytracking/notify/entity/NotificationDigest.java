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
import org.energytracking.kernel.UtcInstant;

/**
 * One email carrying a recipient's held notifications of one due time. Unique per recipient × planned time:
 * the instance that inserts it gathers the members; another one trying the same loses on the key. Sent and
 * retried like a notification; its members are marked sent in the transaction that marks it sent.
 */
@Entity
@Table(name = "notification_digest")
public class NotificationDigest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String kind;
    @Column(name = "planned_at")
    @Convert(converter = UtcInstant.class)
    private Instant plannedAt;
    @Embedded
    private Delivery delivery;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected NotificationDigest() {
    }

    public NotificationDigest(String recipient, DigestKind kind, Instant plannedAt, Instant now) {
        this.recipient = recipient;
        this.kind = kind.apiName();
        this.plannedAt = plannedAt.truncatedTo(ChronoUnit.MILLIS);
        this.delivery = Delivery.due(now);
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public void sent(Instant now) {
        delivery.sent(now);
    }

    public void failed(String error, RetrySchedule schedule, Instant now) {
        delivery.failed(error, schedule, now);
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public DigestKind kind() {
        return DigestKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public Delivery delivery() {
        return delivery;
    }
}
