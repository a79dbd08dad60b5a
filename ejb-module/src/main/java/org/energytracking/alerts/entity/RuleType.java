package org.energytracking.alerts.entity;

import org.energytracking.kernel.ApiNames;

/**
 * What a rule watches: silence, a measured quantity, energy and cost against a budget, hours unusual against the
 * device's baseline, or the night-time base load creeping up.
 */
public enum RuleType {
    OFFLINE, THRESHOLD, BUDGET, ANOMALY, BASE_LOAD;

    public String apiName() {
        return ApiNames.of(this);
    }

    public static RuleType parse(String name) {
        return ApiNames.parse(RuleType.class, name, "type");
    }
}
