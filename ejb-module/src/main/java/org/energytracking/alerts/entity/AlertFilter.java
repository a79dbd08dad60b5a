package org.energytracking.alerts.entity;

import java.time.Instant;

/** What GET /alerts narrows to; every part may be null (no narrowing). */
public record AlertFilter(AlertState state, Severity severity, Long siteId, String deviceId, Instant from, Instant to) {
}
