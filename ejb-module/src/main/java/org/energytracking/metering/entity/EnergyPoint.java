package org.energytracking.metering.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Energy, cost and power of one bucket of one device or site. Unrounded; {@link #displayCost()}
 * and {@link #displayEnergyWh()} round for people.
 *
 * @param devices how many devices' rows were summed: a bucket is complete when each device's
 *                energy is known over all of it
 */
public record EnergyPoint(Bucket bucket, double energyWh, long knownMs, int devices, int powerSamples, double powerSumW,
                          Double powerMaxW, BigDecimal cost, String currency) {

    public boolean complete() {
        return knownMs >= (bucket.endMs() - bucket.startMs()) * devices;
    }

    /** Energy over the time it is known, so a half-known hour is not averaged down by its unknown half. */
    public Double powerAvgW() {
        if (knownMs > 0) {
            return energyWh * 3_600_000d / ((double) knownMs / devices);
        }
        return powerSamples > 0 ? powerSumW / powerSamples : null;
    }

    public BigDecimal displayEnergyWh() {
        return knownMs > 0 || energyWh != 0 ? BigDecimal.valueOf(energyWh).setScale(3, RoundingMode.HALF_EVEN) : null;
    }

    /** Half-even to the currency's minor unit (cents for EUR, none for JPY). */
    public BigDecimal displayCost() {
        return displayMoney(cost, currency);
    }

    /** An amount in {@code currency} (null: 2 decimals) rounded half-even to its minor unit; null stays null. */
    public static BigDecimal displayMoney(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        int digits = currency == null ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
        return amount.setScale(Math.max(digits, 0), RoundingMode.HALF_EVEN);
    }
}
