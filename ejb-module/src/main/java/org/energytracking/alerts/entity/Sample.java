package org.energytracking.alerts.entity;

/** One reported value of a watched quantity at {@code ts} (epoch ms). */
public record Sample(long ts, double value) {
}
