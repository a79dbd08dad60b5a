package org.energytracking.tariffs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.energytracking.tariffs.entity.TariffExamples.NOW;
import static org.energytracking.tariffs.entity.TariffExamples.homeTou;
import static org.energytracking.tariffs.entity.TariffExamples.tariff;
import static org.energytracking.tariffs.entity.TariffExamples.version;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A device's own assignment wins over its site's; a null one hands the device back to its site. */
class AssignmentPrecedenceTest {

    private static final long SITE_TARIFF = 1;
    private static final long DEVICE_TARIFF = 2;
    private final Map<Long, Tariff> tariffs = Map.of(
            SITE_TARIFF, tariff("EUR", version("2025-01-01", null, "0.40", "0.20", List.of(), List.of())),
            DEVICE_TARIFF, tariff("CHF", version("2025-01-01", null, "0.90", "0.30", List.of(), List.of())));

    private final List<TariffAssignment> site = List.of(
            TariffAssignment.ofSite(5, day("2026-01-01")).assign(SITE_TARIFF, 1, NOW),
            TariffAssignment.ofSite(5, day("2026-06-01")).assign(null, 1, NOW));
    private final List<TariffAssignment> device = List.of(
            TariffAssignment.ofDevice(9, day("2026-02-01")).assign(DEVICE_TARIFF, 1, NOW),
            TariffAssignment.ofDevice(9, day("2026-03-01")).assign(null, 1, NOW),
            TariffAssignment.ofDevice(9, day("2026-07-01")).assign(DEVICE_TARIFF, 1, NOW));

    @ParameterizedTest(name = "on {0} the device pays in {1}")
    @CsvSource({
            "2025-12-31, none",
            "2026-01-01, EUR",
            "2026-01-31, EUR",
            "2026-02-01, CHF",
            "2026-02-28, CHF",
            "2026-03-01, EUR",
            "2026-05-31, EUR",
            "2026-06-01, none",
            "2026-07-01, CHF",
            "2030-01-01, CHF"})
    void theDevicesOwnAssignmentWinsElseItsSitesApplies(String date, String currency) {
        TariffPlan plan = TariffAssignment.plan(device, site, tariffs);

        assertThat(plan.currencyOn(day(date))).isEqualTo(currency.equals("none") ? Optional.empty() : Optional.of(currency));
    }

    @Test
    void eachLevelAloneKnowsOnlyItsOwnAssignments() {
        TariffPlan deviceOnly = TariffAssignment.plan(device, List.of(), tariffs);
        TariffPlan siteOnly = TariffAssignment.plan(site, List.of(), tariffs);

        assertThat(deviceOnly.currencyOn(day("2026-01-15"))).isEmpty();
        assertThat(deviceOnly.currencyOn(day("2026-02-15"))).contains("CHF");
        assertThat(deviceOnly.currencyOn(day("2026-03-15"))).isEmpty();
        assertThat(siteOnly.currencyOn(day("2026-02-15"))).contains("EUR");
        assertThat(siteOnly.currencyOn(day("2026-06-15"))).isEmpty();
    }

    @Test
    void noAssignmentsMakeAnEmptyPlan() {
        assertThat(TariffAssignment.plan(List.of(), List.of(), tariffs).isEmpty()).isTrue();
        assertThat(TariffPlan.none().isEmpty()).isTrue();
        assertThat(TariffPlan.none().standingCharge(day("2026-01-01"))).isEmpty();
    }

    @Test
    void anAssignmentMidVersionStartsThatVersionOnItsDate() {
        TariffPlan plan = TariffAssignment.plan(List.of(TariffAssignment.ofDevice(9, day("2026-02-15")).assign(7L, 1, NOW)),
                List.of(), Map.of(7L, homeTou()));

        assertThat(plan.periods()).extracting(TariffPeriod::from, TariffPeriod::until, TariffPeriod::tariffId).containsExactly(
                tuple(day("2026-02-15"), day("2026-03-31"), 7L),
                tuple(day("2026-03-31"), null, 7L));
    }

    @Test
    void theStandingChargeIsThatOfTheVersionInForceThatDay() {
        TariffPlan plan = TariffAssignment.plan(List.of(TariffAssignment.ofSite(5, day("2026-01-01")).assign(7L, 1, NOW)),
                List.of(), Map.of(7L, homeTou()));

        assertThat(plan.standingCharge(day("2025-12-31"))).isEmpty();
        assertThat(plan.standingCharge(day("2026-03-30"))).hasValueSatisfying(charge -> {
            assertThat(charge.amount()).isEqualByComparingTo("0.50");
            assertThat(charge.currency()).isEqualTo("EUR");
        });
        assertThat(plan.standingCharge(day("2026-03-31")).orElseThrow().amount()).isEqualByComparingTo("0.55");
    }

    @Test
    void aGapBetweenVersionsHasNoTariff() {
        Tariff gappy = tariff("EUR", version("2026-01-01", "2026-02-01", "1", "0.2", List.of(), List.of()),
                version("2026-03-01", null, "2", "0.3", List.of(), List.of()));
        TariffPlan plan = TariffAssignment.plan(List.of(TariffAssignment.ofSite(5, day("2026-01-01")).assign(7L, 1, NOW)),
                List.of(), Map.of(7L, gappy));

        assertThat(plan.standingCharge(day("2026-01-31"))).isPresent();
        assertThat(plan.standingCharge(day("2026-02-15"))).isEmpty();
        assertThat(plan.standingCharge(day("2026-03-01")).orElseThrow().amount()).isEqualByComparingTo("2");
    }

    @Test
    void aChangeNamesTheSitesAndDevicesWhereTheTariffIsAssigned() {
        TariffChanged changed = TariffAssignment.changed(day("2026-03-31"), List.of(site.get(0), device.get(0), device.get(2)));

        assertThat(changed).isEqualTo(new TariffChanged(day("2026-03-31"), Set.of(5L), Set.of(9L)));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
