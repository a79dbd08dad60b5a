package org.energytracking.alerts.entity;

import org.energytracking.ingest.entity.Reading;
import org.energytracking.kernel.ApiNames;

/** A measured quantity a threshold rule can watch, with its unit and where a reading carries it. */
public enum Quantity {
    POWER("W", "power"), VOLTAGE("V", "voltage"), CURRENT("A", "current"), TEMPERATURE("°C", "temperature");

    private final String unit;
    private final String words;

    Quantity(String unit, String words) {
        this.unit = unit;
        this.words = words;
    }

    public String apiName() {
        return ApiNames.of(this);
    }

    public String unit() {
        return unit;
    }

    public String words() {
        return words;
    }

    /** The value in a reading, or null when the reading does not report it. */
    public Double of(Reading reading) {
        return switch (this) {
            case POWER -> reading.powerW();
            case VOLTAGE -> reading.voltageV();
            case CURRENT -> reading.currentA();
            case TEMPERATURE -> reading.temperatureC();
        };
    }

    /** The column of {@code reading} that holds it (a fixed name, never input). */
    public String column() {
        return switch (this) {
            case POWER -> "power_w";
            case VOLTAGE -> "voltage_v";
            case CURRENT -> "current_a";
            case TEMPERATURE -> "temperature_c";
        };
    }

    public static Quantity parse(String name) {
        return ApiNames.parse(Quantity.class, name, "params.quantity");
    }
}
