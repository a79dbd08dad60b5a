package org.energytracking.anomalies.entity;

/** What an hour was against its baseline; {@code expectedWh} null while the device is still learning. */
public record Verdict(Kind kind, double actualWh, Double expectedWh) {

    public enum Kind {
        LEARNING, USUAL, HIGH, LOW
    }

    public boolean unusual() {
        return kind == Kind.HIGH || kind == Kind.LOW;
    }

    public static Verdict judge(Robust baseline, double actualWh, Sensitivity sensitivity) {
        double margin = sensitivity.margin(baseline);
        Kind kind = actualWh > baseline.median() + margin ? Kind.HIGH
                // only what normally draws can stop: the floor keeps a device that uses little from ever being "low"
                : actualWh < baseline.median() - margin ? Kind.LOW : Kind.USUAL;
        return new Verdict(kind, actualWh, baseline.median());
    }
}
