package org.energytracking.analytics.entity;

import java.math.BigDecimal;

/**
 * One stored 15-minute rollup as the analytics read it.
 *
 * @param start    epoch ms UTC of the bucket (UTC-aligned, 900,000 ms long)
 * @param knownMs  how much of the 15 minutes has known energy (900,000 = complete)
 * @param cost     energy cost of the bucket, null without a tariff
 * @param window   label of the time-of-use window in force, null without a tariff
 */
public record UsageQuarter(long start, double energyWh, long knownMs, BigDecimal cost, String window) {}
