package org.energytracking.ingest.entity;

import java.util.Objects;

/** One measurement of one device at one instant (epoch ms UTC); a null field was not reported. */
public record Reading(String deviceId, long ts, Double powerW, Double voltageV, Double currentA, Double energyWh,
        Double temperatureC) {

    public Reading {
        Objects.requireNonNull(deviceId, "deviceId");
    }
}
