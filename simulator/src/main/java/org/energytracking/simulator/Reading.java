package org.energytracking.simulator;

/** One measurement as the platform receives it: ts in epoch ms UTC, power W, voltage V, current A, energy Wh, °C. */
record Reading(long ts, double power, double voltage, double current, double energy, double temperature) {
}
