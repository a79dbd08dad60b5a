package org.energytracking.tariffs.entity;

import java.math.BigDecimal;

/** What one day costs whatever the energy, exact. */
public record StandingCharge(BigDecimal amount, String currency) {

    /** The amount as shown: half-even to the currency's minor unit. */
    public BigDecimal displayAmount() {
        return new CurrencyCode(currency).display(amount);
    }
}
