package org.energytracking.anomalies.entity;

import org.energytracking.alerts.entity.RuleParams;

/**
 * How far an hour must lie from its baseline to be news: more than {@code k} scaled MADs (MAD × 1.4826, a robust
 * standard deviation) and more than {@code floorWh} (a 3 W standby doubling is not). Defaults in {@link RuleParams}.
 */
public record Sensitivity(double k, double floorWh) {

    public static final Sensitivity DEFAULT = new Sensitivity(RuleParams.DEFAULT_K, RuleParams.DEFAULT_FLOOR_WH);

    public static Sensitivity of(RuleParams params) {
        return new Sensitivity(params.k() == null ? RuleParams.DEFAULT_K : params.k(),
                params.floorWh() == null ? RuleParams.DEFAULT_FLOOR_WH : params.floorWh());
    }

    /** The distance from the median beyond which an hour is unusual. */
    public double margin(Robust baseline) {
        return Math.max(k * baseline.sigma(), floorWh);
    }
}
