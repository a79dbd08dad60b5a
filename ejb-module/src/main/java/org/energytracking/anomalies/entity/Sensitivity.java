package org.energytracking.anomalies.entity;

/**
 * How far an hour must lie from its baseline to be news: more than {@code k} MADs and more than {@code floorWh}
 * (a 3 W standby doubling is not). Defaults chosen from the simulator's benchmark (see README).
 */
public record Sensitivity(double k, double floorWh) {

    public static final double DEFAULT_K = 5;
    public static final double DEFAULT_FLOOR_WH = 50;
    public static final Sensitivity DEFAULT = new Sensitivity(DEFAULT_K, DEFAULT_FLOOR_WH);

    public static Sensitivity of(Double k, Double floorWh) {
        return new Sensitivity(k == null ? DEFAULT_K : k, floorWh == null ? DEFAULT_FLOOR_WH : floorWh);
    }

    /** The distance from the median beyond which an hour is unusual. */
    public double margin(Robust baseline) {
        return Math.max(k * baseline.mad(), floorWh);
    }
}
