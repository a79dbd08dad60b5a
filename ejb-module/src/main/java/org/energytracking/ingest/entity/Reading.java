package org.energytracking.ingest.entity;

import java.util.Objects;

/**
 * One measurement of one device at one instant (epoch ms UTC); a null field was not reported. Power factor,
 * apparent (VA) and reactive (var) power come from meters that report them (Tasmota, Shelly emeters).
 */
public record Reading(String deviceId, long ts, Double powerW, Double voltageV, Double currentA, Double energyWh,
        Double temperatureC, Double powerFactor, Double apparentPowerVa, Double reactivePowerVar) {

    public Reading {
        Objects.requireNonNull(deviceId, "deviceId");
    }

    /** A reading without power factor, apparent or reactive power (what most devices report). */
    public Reading(String deviceId, long ts, Double powerW, Double voltageV, Double currentA, Double energyWh, Double temperatureC) {
        this(deviceId, ts, powerW, voltageV, currentA, energyWh, temperatureC, null, null, null);
    }
}
