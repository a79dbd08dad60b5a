package org.energytracking.alerts.entity;

import org.energytracking.kernel.ApiNames;

/** What a rule watches: silence, a measured quantity, or energy and cost against a budget. */
public enum RuleType {
    OFFLINE, THRESHOLD, BUDGET;

    public String apiName() {
        return ApiNames.of(this);
    }

    public static RuleType parse(String name) {
        return ApiNames.parse(RuleType.class, name, "type");
    }
}
