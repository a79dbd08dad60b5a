package org.energytracking.tariffs.entity;

import java.math.BigDecimal;

/**
 * The exact cost of a quarter hour's energy and the label of the time-of-use window in force then
 * (e.g. {@code MON-FRI 07:00-22:00}, or {@code default}), also where a tier priced the energy.
 * Cost, currency and window are null when no tariff is in force.
 */
public record PricedQuarter(long start, BigDecimal cost, String currency, String window) {

    public static final String DEFAULT_WINDOW = "default";

    public static PricedQuarter unpriced(long start) {
        return new PricedQuarter(start, null, null, null);
    }

    public boolean isPriced() {
        return cost != null;
    }

    /** The cost as shown: half-even to the currency's minor unit. */
    public BigDecimal displayCost() {
        return cost == null ? null : new CurrencyCode(currency).display(cost);
    }
}
