package org.energytracking.analytics.entity;

import java.math.BigDecimal;

/**
 * One time-of-use window's part of the period.
 *
 * @param window       the window's label; null for the entries without a tariff
 * @param cost         energy cost only (standing charges belong to days, not windows); null when unknown
 * @param sharePercent share of the period's energy; null when the period's energy is zero
 */
public record WindowShare(String window, BigDecimal energyWh, BigDecimal cost, BigDecimal sharePercent) {
}
