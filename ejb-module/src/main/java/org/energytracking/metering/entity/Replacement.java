package org.energytracking.metering.entity;

/** A declared meter replacement: from ts on, a new counter that started at newCounterWh. */
public record Replacement(long ts, double newCounterWh) {
}
