package org.energytracking.alerts.entity;

import org.energytracking.kernel.ApiNames;

/** How urgent an alert is; set per rule. Ordered: a preference "warning and above" takes warning and critical. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String apiName() {
        return ApiNames.of(this);
    }

    public boolean atLeast(Severity minimum) {
        return compareTo(minimum) >= 0;
    }

    public static Severity parse(String name, String field) {
        return ApiNames.parse(Severity.class, name, field);
    }
}
