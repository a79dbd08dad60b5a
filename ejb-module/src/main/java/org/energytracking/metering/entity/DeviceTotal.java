package org.energytracking.metering.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * One device's energy and energy cost (standing charges excluded) over whole local days.
 *
 * @param cost null when no tariff priced any of its energy
 */
public record DeviceTotal(String deviceId, String name, double energyWh, BigDecimal cost, String currency) {

    /** Half-even to the currency's minor unit. */
    public BigDecimal displayCost() {
        if (cost == null) {
            return null;
        }
        int digits = currency == null ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
        return cost.setScale(Math.max(digits, 0), RoundingMode.HALF_EVEN);
    }
}
