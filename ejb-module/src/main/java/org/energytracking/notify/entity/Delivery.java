package org.energytracking.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.energytracking.kernel.UtcInstant;

/**
 * How far sending one outbox row (a notification or a digest) has got: due when, tried how often, what went
 * wrong last, sent or given up. Retried on the {@link RetrySchedule} until it is sent or the schedule gives up.
 */
@Embeddable
public class Delivery {

    /** pending: to be sent once due; sent; failed: given up, shown to administrators. */
    public enum State { PENDING, SENT, FAILED }

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

    protected Delivery() {
    }

    public static Delivery due(Instant due) {
        Delivery delivery = new Delivery();
        delivery.state = State.PENDING.name().toLowerCase(Locale.ROOT);
        delivery.dueAt = due.truncatedTo(ChronoUnit.MILLIS);
        return delivery;
    }

    public void sent(Instant now) {
        attempts++;
        firstAttemptAt = firstAttemptAt == null ? now.truncatedTo(ChronoUnit.MILLIS) : firstAttemptAt;
        state = State.SENT.name().toLowerCase(Locale.ROOT);
        sentAt = now.truncatedTo(ChronoUnit.MILLIS);
        lastError = null;
    }

    /** A send failed: tried again on the schedule, or given up once it says so. */
    public void failed(String error, RetrySchedule schedule, Instant now) {
        attempts++;
        firstAttemptAt = firstAttemptAt == null ? now.truncatedTo(ChronoUnit.MILLIS) : firstAttemptAt;
        lastError = error == null || error.isBlank() ? "failed" : error.substring(0, Math.min(500, error.length()));
        Optional<Instant> next = schedule.next(firstAttemptAt, attempts, now);
        if (next.isPresent()) {
            dueAt = next.get().truncatedTo(ChronoUnit.MILLIS);
        } else {
            state = State.FAILED.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Given up along with the digest that carried it. */
    void gaveUp(String error) {
        lastError = error;
        state = State.FAILED.name().toLowerCase(Locale.ROOT);
    }

    /** No longer held for a digest that has gone: sent alone, at once. */
    void dueAt(Instant due) {
        dueAt = due.truncatedTo(ChronoUnit.MILLIS);
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
