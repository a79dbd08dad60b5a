package org.energytracking.alerts.entity;

import org.energytracking.kernel.ApiNames;

/** open → acknowledged → resolved; an alert resolved less than {@link Alert#REOPEN_WITHIN} ago opens again instead. */
public enum AlertState {
    OPEN, ACKNOWLEDGED, RESOLVED;

    public String apiName() {
        return ApiNames.of(this);
    }

    public static AlertState parse(String name) {
        return ApiNames.parse(AlertState.class, name, "state");
    }
}
