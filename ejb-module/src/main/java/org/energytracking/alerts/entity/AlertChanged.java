package org.energytracking.alerts.entity;

/**
 * A CDI event, fired in the transaction that changed the alert: notify observes it and writes its outbox rows
 * in that same transaction, so an alert change and its notifications commit together or not at all.
 * {@code event} keys the notifications (opened, reopened-2, reminder-1, escalated, resolved, ...): one of each per alert.
 */
public record AlertChanged(long alertId, String event) {

    public static final String OPENED = "opened";
    public static final String RESOLVED = "resolved";
    /** A budget's alert reached 100 % (it opened as a warning at warn_percent). */
    public static final String ESCALATED = "escalated";
}
