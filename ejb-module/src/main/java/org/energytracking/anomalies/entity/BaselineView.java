package org.energytracking.anomalies.entity;

import java.time.Instant;
import java.util.List;

/**
 * A device's stored baseline as the API and portal show it: still {@code learning} until {@code learningUntil}
 * (14 days after its first complete hour), and per slot the median and MAD of the last nightly recomputation.
 */
public record BaselineView(boolean learning, Instant learningUntil, Instant computedAt, List<Slot> slots) {

    public record Slot(boolean weekend, int hour, double medianWh, double madWh, int samples) {
    }
}
