package org.energytracking.alerts.entity;

import java.util.Arrays;
import java.util.Locale;
import org.energytracking.kernel.Problem;

/** open → acknowledged → resolved; an alert resolved less than {@link Alert#REOPEN_WITHIN} ago opens again instead. */
public enum AlertState {
    OPEN, ACKNOWLEDGED, RESOLVED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertState parse(String name) {
        return Arrays.stream(values()).filter(state -> state.apiName().equals(name)).findFirst()
                .orElseThrow(() -> Problem.invalid("state", "state must be open, acknowledged or resolved"));
    }
}
