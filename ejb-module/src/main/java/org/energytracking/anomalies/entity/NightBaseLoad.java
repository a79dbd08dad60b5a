package org.energytracking.anomalies.entity;

/**
 * Base-load creep: the night-time base load (10th percentile of the hours 00:00–05:00, as the analytics count
 * it) of the last 7 days against the median of the four weeks before. Null figures: not enough nights known.
 */
public record NightBaseLoad(Double baselineW, Double actualW) {

    static final int NIGHT_END_HOUR = 5;
    static final int PERCENTILE = 10;
    /** A week with fewer known night hours than this (of 35) tells nothing. */
    static final int MIN_NIGHT_HOURS = 15;
    public static final double MIN_RISE_W = 20;
    public static final double MIN_RISE_FRACTION = 0.20;

    static Double weekPercentile(double[] nightHoursW) {
        return nightHoursW.length < MIN_NIGHT_HOURS ? null : Robust.percentile(nightHoursW, PERCENTILE);
    }

    public boolean known() {
        return baselineW != null && actualW != null;
    }

    /** More than +20 % and more than +20 W. */
    public boolean crept() {
        return known() && actualW - baselineW > MIN_RISE_W && actualW > baselineW * (1 + MIN_RISE_FRACTION);
    }
}
