package org.energytracking.metering.entity;

/** What a rebuild recomputes: everything from the readings, or only the prices of the stored energy. */
public enum RebuildMode {
    READINGS, PRICES
}
