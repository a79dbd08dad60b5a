package org.energytracking.notify.entity;

/**
 * What the portal shows one user live when an alert about one of their sites changes: its headline and its
 * words in their zone. {@code event} is the alert change's key (opened, reopened-2, reminder-1, resolved).
 */
public record AlertToast(long userId, long alertId, String event, String severity, String headline, String message) {

    /** The change as the portal words it: opened (also a reopening), reminder, or resolved. */
    public String kind() {
        if (event.startsWith("reminder")) {
            return "reminder";
        }
        return event.startsWith("resolved") ? "resolved" : "opened";
    }
}
