package org.energytracking.devices.entity;

/**
 * A change to a device that makes its stored rollups wrong: a new time zone or counter width
 * (recompute from the readings) or a move to another site (price again with that site's tariff).
 */
public record MeteringChanged(long deviceRowId, boolean fromReadings) {
}
