package org.energytracking.alerts.entity;

/**
 * A CDI event, fired in the transaction that changed the alert: notify observes it and writes its outbox rows
 * in that same transaction, so an alert change and its notifications commit together or not at all.
 * {@code event} keys the notifications (opened, reopened-2, reminder-1, resolved, ...): one of each per alert.
 */
public record AlertChanged(long alertId, String event) {

    public static final String OPENED = "opened";
    public static final String RESOLVED = "resolved";
}
