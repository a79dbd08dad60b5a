package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * @param cost                energy cost plus standing charges; null when neither is known
 * @param completenessPercent share of the period's 15 minutes with known energy, rounded down; null when
 *                            nothing of it is compared yet
 */
public record PeriodTotals(Instant from, Instant to, BigDecimal energyWh, BigDecimal cost,
        BigDecimal completenessPercent) {
}
