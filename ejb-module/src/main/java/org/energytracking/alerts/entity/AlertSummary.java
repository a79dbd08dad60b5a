package org.energytracking.alerts.entity;

import java.time.Instant;
import java.util.Map;

/**
 * An alert as a reader sees it, its message in their zone, with the names of who acknowledged and resolved it
 * (null resolved_by: it resolved by itself); {@code details}: the figures of an anomaly or base-load alert.
 */
public record AlertSummary(long id, long ruleId, String deviceId, long siteId, String type, String severity, String state,
        String message, Instant openedAt, Instant acknowledgedAt, Long acknowledgedBy, String acknowledgedByName,
        Instant resolvedAt, Long resolvedBy, String resolvedByName, Map<String, Object> details) {
}
