package org.energytracking.alerts.entity;

import java.util.Arrays;
import java.util.Locale;
import org.energytracking.kernel.Problem;

/** What a rule watches: silence, a measured quantity, or energy and cost against a budget. */
public enum RuleType {
    OFFLINE, THRESHOLD, BUDGET;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RuleType parse(String name) {
        return Arrays.stream(values()).filter(type -> type.apiName().equals(name)).findFirst()
                .orElseThrow(() -> Problem.invalid("type", "type must be one of offline, threshold, budget"));
    }
}
