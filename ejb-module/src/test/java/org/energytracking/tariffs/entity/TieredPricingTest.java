package org.energytracking.tariffs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.energytracking.tariffs.entity.TariffExamples.BERLIN;
import static org.energytracking.tariffs.entity.TariffExamples.berlin;
import static org.energytracking.tariffs.entity.TariffExamples.dec;
import static org.energytracking.tariffs.entity.TariffExamples.homeTou;
import static org.energytracking.tariffs.entity.TariffExamples.planOf;
import static org.energytracking.tariffs.entity.TariffExamples.priceOne;
import static org.energytracking.tariffs.entity.TariffExamples.tariff;
import static org.energytracking.tariffs.entity.TariffExamples.tier;
import static org.energytracking.tariffs.entity.TariffExamples.version;
import static org.energytracking.tariffs.entity.TariffExamples.window;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tiers count a device's energy per local calendar month; beyond the last limit, time of use prices it. */
class TieredPricingTest {

    /** 100 kWh at 0.10, the next 100 at 0.15, the rest by time of use: 0.40 on weekdays 07-22, else 0.20. */
    private final TariffPlan tiered = planOf(tariff("EUR", version("0.20", List.of(window("MON-FRI", "07:00", "22:00", "0.40")),
            List.of(tier("100", "0.10"), tier("200", "0.15")))));

    @Test
    void tiersAreCrossedWithinADay() {
        List<QuarterEnergy> quarters = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            quarters.add(berlin(LocalDateTime.parse("2026-02-10T00:00").plusMinutes(15L * i).toString(), 10_000));
        }

        List<BigDecimal> costs = tiered.price(quarters, BERLIN, 0).stream().map(PricedQuarter::cost).toList();

        assertThat(costs.subList(0, 10)).allSatisfy(cost -> assertThat(cost).isEqualByComparingTo("1.00"));
        assertThat(costs.subList(10, 20)).allSatisfy(cost -> assertThat(cost).isEqualByComparingTo("1.50"));
        assertThat(costs.subList(20, 28)).allSatisfy(cost -> assertThat(cost).isEqualByComparingTo("2.00"));
        assertThat(costs.subList(28, 30)).allSatisfy(cost -> assertThat(cost).isEqualByComparingTo("4.00"));
    }

    @Test
    void aQuarterThatCrossesALimitIsSplitByEnergy() {
        PricedQuarter priced = priceOne(tiered, berlin("2026-02-10T12:00", 1000), 99_500);

        assertThat(priced.cost()).isEqualByComparingTo("0.125");
        assertThat(priced.window()).isEqualTo("MON-FRI 07:00-22:00");
    }

    @Test
    void aQuarterMayCrossSeveralLimits() {
        PricedQuarter priced = priceOne(tiered, berlin("2026-02-10T12:00", 102_000), 99_000);

        assertThat(priced.cost()).isEqualByComparingTo(dec("0.10").add(dec("15.00")).add(dec("0.40")));
    }

    @Test
    void energyBeforeTheFirstQuarterOfTheMonthCountsTowardsTheTiers() {
        assertThat(priceOne(tiered, berlin("2026-02-10T03:00", 1000), 150_000).cost()).isEqualByComparingTo("0.15");
        assertThat(priceOne(tiered, berlin("2026-02-10T03:00", 1000), 250_000).cost()).isEqualByComparingTo("0.20");
    }

    @Test
    void theCountRestartsAtTheLocalMonthStart() {
        List<PricedQuarter> priced = tiered.price(List.of(berlin("2026-02-28T23:45", 1000), berlin("2026-03-01T00:00", 1000)),
                BERLIN, 150_000);

        assertThat(priced.get(0).cost()).isEqualByComparingTo("0.15");
        assertThat(priced.get(1).cost()).isEqualByComparingTo("0.10");
    }

    @Test
    void aLastTierWithoutLimitTakesTheRestWhateverTheTime() {
        TariffPlan plan = planOf(tariff("EUR", version("0.20", List.of(window("ALL", "00:00", "24:00", "0.40")),
                List.of(tier("100", "0.10"), tier(null, "0.12")))));

        assertThat(priceOne(plan, berlin("2026-02-10T12:00", 1000), 500_000).cost()).isEqualByComparingTo("0.12");
        assertThat(priceOne(plan, berlin("2026-02-10T12:00", 1000), 500_000).window()).isEqualTo("ALL 00:00-24:00");
    }

    @Test
    void theExampleCountsMarchEnergyFromBeforeTheNewVersionAgainstItsTier() {
        TariffPlan example = planOf(homeTou());

        List<PricedQuarter> priced = example.price(List.of(berlin("2026-03-30T12:00", 4000), berlin("2026-03-31T12:00", 2000)),
                BERLIN, 298_000);

        assertThat(priced.get(0).cost()).isEqualByComparingTo("1.28");
        assertThat(priced.get(1).cost()).isEqualByComparingTo("0.70");
        assertThat(example.hasTiers()).isTrue();
        assertThat(planOf(tariff("EUR", version("0.2", List.of(), List.of()))).hasTiers()).isFalse();
    }

    @Test
    void nonPositiveEnergyIsPricedByTimeOfUseAndLowersTheCount() {
        List<PricedQuarter> priced = tiered.price(List.of(berlin("2026-02-10T03:00", -1000), berlin("2026-02-10T03:15", 1000)),
                BERLIN, 100_500);

        assertThat(priced.get(0).cost()).isEqualByComparingTo("-0.20");
        assertThat(priced.get(1).cost()).isEqualByComparingTo(dec("0.05").add(dec("0.075")));
    }

    @Test
    void quartersOutOfOrderAreRefused() {
        assertThatThrownBy(() -> tiered.price(List.of(berlin("2026-02-10T03:15", 1), berlin("2026-02-10T03:00", 1)), BERLIN, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
