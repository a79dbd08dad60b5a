package org.energytracking.reports.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * A value axis from 0 in round steps (1, 2, 2.5 or 5 times a power of ten), about five of them, up to a top at or
 * above the largest value.
 */
record AxisScale(BigDecimal step, int intervals) {

    private static final List<BigDecimal> FACTORS = List.of(BigDecimal.ONE, new BigDecimal(2), new BigDecimal("2.5"), new BigDecimal(5), BigDecimal.TEN);

    static AxisScale upTo(double largest) {
        if (!(largest > 0) || Double.isInfinite(largest)) {
            return new AxisScale(BigDecimal.ONE, 1);
        }
        double wanted = largest / 5;
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen((int) Math.floor(Math.log10(wanted)));
        BigDecimal step = FACTORS.stream().map(magnitude::multiply).filter(candidate -> candidate.doubleValue() >= wanted)
                .findFirst().orElse(magnitude.multiply(BigDecimal.TEN));
        return new AxisScale(step.stripTrailingZeros(), (int) Math.max(1, Math.ceil(largest / step.doubleValue() - 1e-9)));
    }

    double top() {
        return step.doubleValue() * intervals;
    }

    BigDecimal tick(int index) {
        return step.multiply(BigDecimal.valueOf(index));
    }

    /** Decimals the tick labels need: 0 for whole steps, 2 for 0.25. */
    int fractionDigits() {
        return Math.max(0, step.scale());
    }
}
