package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * A period against the one before it. Changes are current minus previous, computed before rounding;
 * a change in % is null when the previous figure is zero or unknown.
 *
 * @param comparedUntil  for a period still running, the end of the part compared (its totals' {@code to});
 *                       the previous totals cover as much of the previous period; null for a period that is over
 */
public record PeriodComparison(PeriodTotals current, PeriodTotals previous, BigDecimal energyChangeWh,
        BigDecimal energyChangePercent, BigDecimal costChange, BigDecimal costChangePercent, Instant comparedUntil) {

    static PeriodComparison of(PeriodUsage current, PeriodUsage previous, Instant comparedUntil, ZoneId zone,
            Map<LocalDate, BigDecimal> standingChargesByDay, DisplayRounding rounding) {
        BigDecimal energyNow = BigDecimal.valueOf(current.energyWh());
        BigDecimal energyBefore = BigDecimal.valueOf(previous.energyWh());
        BigDecimal costNow = current.cost(zone, standingChargesByDay);
        BigDecimal costBefore = previous.cost(zone, standingChargesByDay);
        BigDecimal costChange = costNow == null || costBefore == null ? null : costNow.subtract(costBefore);
        return new PeriodComparison(
                totals(current, energyNow, costNow, rounding),
                totals(previous, energyBefore, costBefore, rounding),
                DisplayRounding.measure(energyNow.subtract(energyBefore)),
                DisplayRounding.percentChange(energyNow, energyBefore),
                rounding.money(costChange),
                DisplayRounding.percentChange(costNow, costBefore),
                comparedUntil);
    }

    private static PeriodTotals totals(PeriodUsage usage, BigDecimal energyWh, BigDecimal cost,
            DisplayRounding rounding) {
        return new PeriodTotals(usage.period().from(), usage.period().to(), DisplayRounding.measure(energyWh),
                rounding.money(cost), usage.completenessPercent());
    }
}
