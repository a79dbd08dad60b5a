package org.energytracking.alerts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.energytracking.metering.entity.Bucket;
import org.energytracking.metering.entity.EnergyPoint;
import org.junit.jupiter.api.Test;

class BudgetUseTest {

    private static EnergyPoint day(int n, double energyWh, String cost, String currency) {
        Instant start = Instant.parse("2026-12-01T00:00:00Z").plusSeconds(86_400L * n);
        return new EnergyPoint(new Bucket(start, start.plusSeconds(86_400)), energyWh, 0, 1, 0, 0, null,
                cost == null ? null : new BigDecimal(cost), currency);
    }

    @Test
    void energyIsTheSumOfThePeriodsDays() {
        assertThat(BudgetUse.of(List.of(day(0, 4_000, null, null), day(1, 2_500.5, null, null), day(2, 0, null, null)), false))
                .contains(new BudgetUse(6_500.5, null));
    }

    @Test
    void costIsTheSumOfThePricedDaysInTheirCurrency() {
        assertThat(BudgetUse.of(List.of(day(0, 4_000, null, null), day(1, 2_000, "0.85", "EUR"), day(2, 1_000, "0.40", "EUR")), true))
                .contains(new BudgetUse(1.25, "EUR"));
    }

    @Test
    void costIsUnknownWithoutATariff() {
        assertThat(BudgetUse.of(List.of(day(0, 4_000, null, null)), true)).isEmpty();
    }
}
