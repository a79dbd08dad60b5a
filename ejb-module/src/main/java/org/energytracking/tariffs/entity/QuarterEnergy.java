package org.energytracking.tariffs.entity;

/** The energy of one device in a 15-minute bucket starting at {@code start} (epoch ms, UTC). */
public record QuarterEnergy(long start, double energyWh) {
}
