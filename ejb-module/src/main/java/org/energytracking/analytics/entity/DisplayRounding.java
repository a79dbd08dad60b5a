package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Rounding for display, applied once to exact figures: money half-even to the currency's minor unit
 * (2 digits without a currency), energy (Wh) and power (W) to 3 decimals, percentages to 1 decimal.
 */
record DisplayRounding(int moneyDigits) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static DisplayRounding forCurrency(String currency) {
        int digits = currency == null ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
        // pseudo-currencies such as XXX have no minor unit (-1)
        return new DisplayRounding(digits < 0 ? 2 : digits);
    }

    BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(moneyDigits, RoundingMode.HALF_EVEN);
    }

    /** Energy in Wh or power in W. */
    static BigDecimal measure(double value) {
        return measure(BigDecimal.valueOf(value));
    }

    static BigDecimal measure(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_EVEN);
    }

    /** The change from previous to current in % of previous; null when there is nothing to compare with. */
    static BigDecimal percentChange(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(HUNDRED).divide(previous.abs(), 1, RoundingMode.HALF_EVEN);
    }

    /** Rounded down, so that 100.0 % is shown only when nothing at all is missing. */
    static BigDecimal completenessPercent(long knownMs, long periodMs) {
        if (periodMs == 0) {
            return null;
        }
        return BigDecimal.valueOf(knownMs).multiply(HUNDRED).divide(BigDecimal.valueOf(periodMs), 1, RoundingMode.DOWN);
    }
}
