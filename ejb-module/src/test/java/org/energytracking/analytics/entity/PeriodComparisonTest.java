package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.analytics.entity.UsageFixtures.BERLIN;
import static org.energytracking.analytics.entity.UsageFixtures.local;
import static org.energytracking.analytics.entity.UsageFixtures.priced;
import static org.energytracking.analytics.entity.UsageFixtures.quarter;
import static org.energytracking.analytics.entity.UsageFixtures.steady;
import static org.energytracking.analytics.entity.UsageFixtures.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodComparisonTest {

    private static final Instant MONDAY = local("2026-03-02T00:00", BERLIN);
    private static final Instant SUNDAY = local("2026-03-01T00:00", BERLIN);
    private static final Instant TUESDAY = local("2026-03-03T00:00", BERLIN);
    private static final DisplayRounding EUR = DisplayRounding.forCurrency("EUR");
    private static final Map<LocalDate, BigDecimal> STANDING = Map.of(
            LocalDate.of(2026, 3, 1), new BigDecimal("0.35"),
            LocalDate.of(2026, 3, 2), new BigDecimal("0.35"),
            LocalDate.of(2026, 3, 3), new BigDecimal("0.35"));

    private static PeriodComparison compare(List<UsageQuarter> monday, List<UsageQuarter> sunday,
            Map<LocalDate, BigDecimal> standing) {
        return PeriodComparison.of(usage(MONDAY, TUESDAY, monday), usage(SUNDAY, MONDAY, sunday), null, BERLIN, standing,
                EUR);
    }

    @Test
    void totalsAndChangesOfAHandComputedPair() {
        PeriodComparison comparison = compare(
                List.of(priced("2026-03-02T07:00:00Z", 500, "0.15", "day"),
                        priced("2026-03-02T07:00:00Z", 1420, "0.664", "day")),
                List.of(priced("2026-03-01T10:00:00Z", 1600, "0.48", "day")), STANDING);
        assertThat(comparison.current()).isEqualTo(new PeriodTotals(MONDAY, TUESDAY, new BigDecimal("1920.000"),
                new BigDecimal("1.16"), new BigDecimal("1.0")));
        assertThat(comparison.previous()).isEqualTo(new PeriodTotals(SUNDAY, MONDAY, new BigDecimal("1600.000"),
                new BigDecimal("0.83"), new BigDecimal("1.0")));
        assertThat(comparison.energyChangeWh()).hasToString("320.000");
        assertThat(comparison.energyChangePercent()).hasToString("20.0");
        assertThat(comparison.costChange()).hasToString("0.33");
        assertThat(comparison.costChangePercent()).hasToString("40.2");
    }

    @Test
    void anEmptyPreviousPeriodHasNoChangeInPercent() {
        PeriodComparison comparison = compare(List.of(priced("2026-03-02T07:00:00Z", 500, "0.15", "day")),
                List.of(), Map.of());
        assertThat(comparison.previous().energyWh()).hasToString("0.000");
        assertThat(comparison.previous().cost()).isNull();
        assertThat(comparison.previous().completenessPercent()).hasToString("0.0");
        assertThat(comparison.energyChangeWh()).hasToString("500.000");
        assertThat(comparison.energyChangePercent()).isNull();
        assertThat(comparison.costChange()).isNull();
        assertThat(comparison.costChangePercent()).isNull();
    }

    @Test
    void aPreviousCostOfZeroHasAChangeButNoChangeInPercent() {
        PeriodComparison comparison = compare(List.of(priced("2026-03-02T07:00:00Z", 500, "0.15", "day")),
                List.of(priced("2026-03-01T07:00:00Z", 0, "0", "day")), Map.of());
        assertThat(comparison.costChange()).hasToString("0.15");
        assertThat(comparison.costChangePercent()).isNull();
        assertThat(comparison.energyChangePercent()).isNull();
    }

    @Test
    void withoutATariffTheCostIsUnknownNotZero() {
        PeriodComparison comparison = compare(List.of(quarter("2026-03-02T07:00:00Z", 500)),
                List.of(quarter("2026-03-01T07:00:00Z", 400)), Map.of());
        assertThat(comparison.current().cost()).isNull();
        assertThat(comparison.costChange()).isNull();
        assertThat(comparison.energyChangePercent()).hasToString("25.0");
    }

    @Test
    void standingChargesAloneMakeACost() {
        PeriodComparison comparison = compare(List.of(quarter("2026-03-02T07:00:00Z", 500)), List.of(), STANDING);
        assertThat(comparison.current().cost()).hasToString("0.35");
        assertThat(comparison.previous().cost()).hasToString("0.35");
    }

    @Test
    void completenessCountsMissingAndPartlyKnownBuckets() {
        List<UsageQuarter> monday = steady(MONDAY, TUESDAY, 10);
        monday.remove(95);
        monday.set(0, quarter("2026-03-01T23:00:00Z", 5, 450_000));
        PeriodComparison comparison = compare(monday, steady(SUNDAY, MONDAY, 10), Map.of());
        assertThat(comparison.current().completenessPercent()).hasToString("98.4");
        assertThat(comparison.previous().completenessPercent()).hasToString("100.0");
    }
}
