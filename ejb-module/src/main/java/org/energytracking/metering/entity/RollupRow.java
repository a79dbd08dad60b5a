package org.energytracking.metering.entity;

import java.math.BigDecimal;

/**
 * One stored rollup row (or the sum of several devices' rows for the same bucket); {@code at} is
 * its start, epoch ms (for days: the local midnight).
 */
public record RollupRow(long at, double energyWh, long knownMs, int powerSamples, double powerSumW, Double powerMaxW,
                        BigDecimal cost, String currency) {

    public RollupRow plus(RollupRow other) {
        return new RollupRow(at, energyWh + other.energyWh, knownMs + other.knownMs, powerSamples + other.powerSamples,
                powerSumW + other.powerSumW, max(powerMaxW, other.powerMaxW), add(cost, other.cost),
                currency != null ? currency : other.currency);
    }

    static RollupRow empty(long at) {
        return new RollupRow(at, 0, 0, 0, 0, null, null, null);
    }

    static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static Double max(Double a, Double b) {
        return a == null ? b : b == null ? a : Double.valueOf(Math.max(a, b));
    }
}
