package org.energytracking.alerts.entity;

import java.util.Arrays;
import java.util.Locale;
import org.energytracking.kernel.Problem;

/** How urgent an alert is; set per rule. Ordered: a preference "warning and above" takes warning and critical. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity minimum) {
        return compareTo(minimum) >= 0;
    }

    public static Severity parse(String name, String field) {
        return Arrays.stream(values()).filter(severity -> severity.apiName().equals(name)).findFirst()
                .orElseThrow(() -> Problem.invalid(field, field + " must be one of info, warning, critical"));
    }
}
