package org.energytracking.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.energytracking.kernel.UtcInstant;

/**
 * One notification in the outbox: an alert's event for one recipient on one channel. Written with the alert
 * change (unique per alert × event × channel × recipient, so a redelivered or raced change adds nothing),
 * sent afterwards by the worker, retried on the {@link RetrySchedule} until it is sent or given up.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** pending: to be sent once due; sent; failed: given up, shown to administrators and the user. */
    public enum State { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "alert_id")
    private long alertId;
    private String event;
    private String channel;
    private String recipient;
    private String state;
    @Column(name = "due_at")
    @Convert(converter = UtcInstant.class)
    private Instant dueAt;
    private int attempts;
    @Column(name = "first_attempt_at")
    @Convert(converter = UtcInstant.class)
    private Instant firstAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "sent_at")
    @Convert(converter = UtcInstant.class)
    private Instant sentAt;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected Notification() {
    }

    public Notification(long alertId, String event, Channel channel, String recipient, Instant due, Instant now) {
        this.alertId = alertId;
        this.event = event;
        this.channel = channel.apiName();
        this.recipient = recipient;
        this.state = State.PENDING.name().toLowerCase(Locale.ROOT);
        this.dueAt = due.truncatedTo(ChronoUnit.MILLIS);
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public void sent(Instant now) {
        attempts++;
        firstAttemptAt = firstAttemptAt == null ? now : firstAttemptAt;
        state = State.SENT.name().toLowerCase(Locale.ROOT);
        sentAt = now.truncatedTo(ChronoUnit.MILLIS);
        lastError = null;
    }

    /** A send failed: tried again on the schedule, or given up once it says so. */
    public void failed(String error, RetrySchedule schedule, Instant now) {
        attempts++;
        firstAttemptAt = firstAttemptAt == null ? now.truncatedTo(ChronoUnit.MILLIS) : firstAttemptAt;
        lastError = error == null ? "failed" : error.substring(0, Math.min(500, error.length()));
        Optional<Instant> next = schedule.next(firstAttemptAt, attempts, now);
        if (next.isPresent()) {
            dueAt = next.get().truncatedTo(ChronoUnit.MILLIS);
        } else {
            state = State.FAILED.name().toLowerCase(Locale.ROOT);
        }
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

    public State state() {
        return State.valueOf(state.toUpperCase(Locale.ROOT));
    }

    public Instant dueAt() {
        return dueAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant firstAttemptAt() {
        return firstAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
