package org.energytracking.ingest.entity;

import java.util.Optional;

/** The quantities a device may report: JSON key, unit, and the physically plausible range (inclusive). */
public enum Measurand {
    POWER("power", "W", -1_000_000, 1_000_000),
    VOLTAGE("voltage", "V", 0, 1_000),
    CURRENT("current", "A", -10_000, 10_000),
    ENERGY("energy", "Wh", 0, 1e12),
    TEMPERATURE("temperature", "°C", -60, 200),
    POWER_FACTOR("power_factor", "", -1, 1),
    APPARENT_POWER("apparent_power", "VA", 0, 1_000_000),
    REACTIVE_POWER("reactive_power", "var", -1_000_000, 1_000_000);

    private final String key;
    private final String unit;
    private final double min;
    private final double max;

    Measurand(String key, String unit, double min, double max) {
        this.key = key;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** True when the value is finite and inside {@link #min()}..{@link #max()}. */
    public boolean isPlausible(double value) {
        return value >= min && value <= max;
    }

    /** The measurand reported under this exact (lower-case) key. */
    public static Optional<Measurand> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return switch (key) {
            case "power" -> Optional.of(POWER);
            case "voltage" -> Optional.of(VOLTAGE);
            case "current" -> Optional.of(CURRENT);
            case "energy" -> Optional.of(ENERGY);
            case "temperature" -> Optional.of(TEMPERATURE);
            case "power_factor" -> Optional.of(POWER_FACTOR);
            case "apparent_power" -> Optional.of(APPARENT_POWER);
            case "reactive_power" -> Optional.of(REACTIVE_POWER);
            default -> Optional.empty();
        };
    }
}
