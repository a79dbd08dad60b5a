package org.energytracking.metering.entity;

/** A counter that went down (reset or rollover), at the ts of the reading after the drop. */
public record CounterBreak(long ts, MeterEventType type, double previousWh, double newWh) {
}
