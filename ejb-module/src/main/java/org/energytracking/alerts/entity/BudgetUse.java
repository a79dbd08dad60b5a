package org.energytracking.alerts.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.energytracking.metering.entity.EnergyPoint;

/**
 * What a budget's period has used so far: Wh, or cost in the tariff's currency (priced energy and the standing
 * charges of the days begun, as the dashboard counts a period's cost).
 */
public record BudgetUse(double used, String currency) {

    /** The period's days summed; empty for a cost budget when nothing in the period is priced (no tariff). */
    public static Optional<BudgetUse> of(List<EnergyPoint> days, boolean cost) {
        if (!cost) {
            return Optional.of(new BudgetUse(days.stream().mapToDouble(EnergyPoint::energyWh).sum(), null));
        }
        Optional<BigDecimal> total = days.stream().map(EnergyPoint::cost).filter(Objects::nonNull).reduce(BigDecimal::add);
        String currency = days.stream().map(EnergyPoint::currency).filter(Objects::nonNull).findFirst().orElse(null);
        return total.map(sum -> new BudgetUse(sum.doubleValue(), currency));
    }
}
