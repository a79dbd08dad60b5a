package org.energytracking.alerts.entity;

/** A rule as a user asks for it: on one device (its external id) or on a whole site. */
public record RuleDraft(String name, RuleType type, String deviceId, Long siteId, Severity severity, RuleParams params, boolean enabled) {
}
