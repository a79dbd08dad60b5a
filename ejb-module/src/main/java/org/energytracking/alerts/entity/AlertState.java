package org.energytracking.alerts.entity;

import java.util.Locale;

/** open → acknowledged → resolved; an alert resolved less than {@link Alert#REOPEN_WITHIN} ago opens again instead. */
public enum AlertState {
    OPEN, ACKNOWLEDGED, RESOLVED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
