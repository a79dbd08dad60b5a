package org.energytracking.alerts.entity;

/** A rule with the external id of its device (null for a rule on a whole site). */
public record RuleView(AlertRule rule, String deviceId) {
}
