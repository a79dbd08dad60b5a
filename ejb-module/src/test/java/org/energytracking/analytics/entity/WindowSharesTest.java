package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.analytics.entity.UsageFixtures.priced;
import static org.energytracking.analytics.entity.UsageFixtures.quarter;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowSharesTest {

    private static final DisplayRounding EUR = DisplayRounding.forCurrency("EUR");
    private static final String DAY = "MON-FRI 07:00-22:00";
    private static final String NIGHT = "default";

    private static BigDecimal sumOfShares(List<WindowShare> shares) {
        return shares.stream().map(WindowShare::sharePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void eachWindowHasItsEnergyCostAndShare() {
        List<WindowShare> shares = WindowShares.of(List.of(
                priced("2026-03-09T07:00:00Z", 500, "0.15", DAY),
                priced("2026-03-09T07:00:00Z", 300, "0.09", DAY),
                priced("2026-03-09T02:00:00Z", 200, "0.04", NIGHT)), EUR);
        assertThat(shares).containsExactly(
                new WindowShare(DAY, new BigDecimal("800.000"), new BigDecimal("0.24"), new BigDecimal("80.0")),
                new WindowShare(NIGHT, new BigDecimal("200.000"), new BigDecimal("0.04"), new BigDecimal("20.0")));
    }

    @Test
    void entriesWithoutATariffAreOneShareWithANullWindowListedLast() {
        List<WindowShare> shares = WindowShares.of(List.of(
                quarter("2026-03-09T01:00:00Z", 250),
                priced("2026-03-09T07:00:00Z", 500, "0.15", NIGHT),
                priced("2026-03-09T08:00:00Z", 250, "0.10", DAY),
                quarter("2026-03-09T02:00:00Z", 0)), EUR);
        assertThat(shares).extracting(WindowShare::window).containsExactly(DAY, NIGHT, null);
        assertThat(shares.get(2))
                .isEqualTo(new WindowShare(null, new BigDecimal("250.000"), null, new BigDecimal("25.0")));
    }

    @Test
    void sharesAddUpToExactlyAHundredPercent() {
        List<WindowShare> thirds = WindowShares.of(List.of(
                priced("2026-03-09T01:00:00Z", 100, "0.02", "a"),
                priced("2026-03-09T08:00:00Z", 100, "0.03", "b"),
                priced("2026-03-09T18:00:00Z", 100, "0.04", "c")), EUR);
        assertThat(thirds).extracting(WindowShare::sharePercent)
                .containsExactly(new BigDecimal("33.4"), new BigDecimal("33.3"), new BigDecimal("33.3"));
        assertThat(sumOfShares(thirds)).isEqualByComparingTo("100.0");
    }

    @Test
    void theMissingTenthsGoToTheLargestRemainders() {
        List<BigDecimal> percents = WindowShares.percentsAddingTo100(List.of(
                new BigDecimal("1400"), new BigDecimal("220"), new BigDecimal("300")));
        assertThat(percents).containsExactly(new BigDecimal("72.9"), new BigDecimal("11.5"), new BigDecimal("15.6"));
        List<BigDecimal> sevenths = WindowShares.percentsAddingTo100(Collections.nCopies(7, BigDecimal.ONE));
        assertThat(sevenths).containsExactly(new BigDecimal("14.3"), new BigDecimal("14.3"), new BigDecimal("14.3"),
                new BigDecimal("14.3"), new BigDecimal("14.3"), new BigDecimal("14.3"), new BigDecimal("14.2"));
    }

    @Test
    void manyUnevenWindowsStillAddUpToAHundredPercent() {
        List<BigDecimal> parts = List.of(new BigDecimal("0.001"), new BigDecimal("2.5"), new BigDecimal("3.333"),
                new BigDecimal("17.17"), new BigDecimal("0.2"), new BigDecimal("99.999"));
        assertThat(WindowShares.percentsAddingTo100(parts).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100.0");
    }

    @Test
    void aWindowWithoutCostsHasAnUnknownCostAndNoEnergyMeansNoShares() {
        List<WindowShare> shares = WindowShares.of(List.of(
                new UsageQuarter(0, 0, SiteQuarter.LENGTH_MS, null, DAY)), EUR);
        assertThat(shares).containsExactly(new WindowShare(DAY, new BigDecimal("0.000"), null, null));
    }

    @Test
    void noEntriesNoShares() {
        assertThat(WindowShares.of(List.of(), EUR)).isEmpty();
    }
}
