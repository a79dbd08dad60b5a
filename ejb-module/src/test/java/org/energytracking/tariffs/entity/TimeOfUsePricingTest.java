package org.energytracking.tariffs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.tariffs.entity.TariffExamples.BERLIN;
import static org.energytracking.tariffs.entity.TariffExamples.berlin;
import static org.energytracking.tariffs.entity.TariffExamples.dec;
import static org.energytracking.tariffs.entity.TariffExamples.homeTou;
import static org.energytracking.tariffs.entity.TariffExamples.planOf;
import static org.energytracking.tariffs.entity.TariffExamples.priceOne;
import static org.energytracking.tariffs.entity.TariffExamples.tariff;
import static org.energytracking.tariffs.entity.TariffExamples.version;
import static org.energytracking.tariffs.entity.TariffExamples.window;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeOfUsePricingTest {

    private final TariffPlan example = planOf(homeTou());

    @ParameterizedTest(name = "{0} costs {1} per kWh in window {2}")
    @CsvSource({
            "2026-01-08T06:45, 0.21, default",
            "2026-01-08T07:00, 0.32, MON-FRI 07:00-22:00",
            "2026-01-08T12:30, 0.32, MON-FRI 07:00-22:00",
            "2026-01-08T21:45, 0.32, MON-FRI 07:00-22:00",
            "2026-01-08T22:00, 0.21, default",
            "2026-01-09T00:00, 0.21, default",
            "2026-01-10T12:00, 0.21, default",
            "2026-01-11T07:00, 0.21, default",
            "2026-01-12T07:00, 0.32, MON-FRI 07:00-22:00"})
    void aQuarterCostsThePriceOfTheWindowInForceAtItsLocalStart(String local, String price, String window) {
        PricedQuarter priced = priceOne(example, berlin(local, 1000), 0);

        assertThat(priced.cost()).isEqualByComparingTo(price);
        assertThat(priced.window()).isEqualTo(window);
        assertThat(priced.currency()).isEqualTo("EUR");
    }

    @Test
    void costIsEnergyInKwhTimesPriceExactly() {
        PricedQuarter priced = priceOne(example, berlin("2026-01-08T07:00", 123.4567), 0);

        assertThat(priced.cost()).isEqualByComparingTo("0.039506144");
    }

    @Test
    void quartersOutsideEveryVersionAndAssignmentAreNotPriced() {
        PricedQuarter priced = priceOne(example, berlin("2025-12-31T12:00", 1000), 0);

        assertThat(priced.cost()).isNull();
        assertThat(priced.currency()).isNull();
        assertThat(priced.window()).isNull();
        assertThat(TariffPlan.none().price(List.of(berlin("2026-01-08T07:00", 1000)), BERLIN, 0).get(0).isPriced()).isFalse();
    }

    @ParameterizedTest(name = "{0} costs {1}")
    @CsvSource({
            "2026-01-08T22:00, 0.30",
            "2026-01-09T21:45, 0.30",
            "2026-01-09T22:00, 0.10",
            "2026-01-09T23:45, 0.10",
            "2026-01-10T00:00, 0.10",
            "2026-01-10T05:45, 0.10",
            "2026-01-10T06:00, 0.30",
            "2026-01-09T03:00, 0.30",
            "2026-01-11T23:00, 0.05",
            "2026-01-12T01:45, 0.05",
            "2026-01-12T02:00, 0.30"})
    void aWindowThatWrapsPastMidnightBelongsToTheDayItStartsOn(String local, String price) {
        TariffPlan plan = planOf(tariff("EUR", version("0.30", List.of(window("FRI", "22:00", "06:00", "0.10"),
                window("SUN", "22:00", "02:00", "0.05")), List.of())));

        assertThat(priceOne(plan, berlin(local, 1000), 0).cost()).isEqualByComparingTo(price);
    }

    @Test
    void theWrappedWindowKeepsTheLabelItWasWrittenWith() {
        TariffPlan plan = planOf(tariff("EUR", version("0.30", List.of(window("fri", "22:00", "06:00", "0.10")), List.of())));

        assertThat(priceOne(plan, berlin("2026-01-10T01:00", 1000), 0).window()).isEqualTo("FRI 22:00-06:00");
    }

    @Test
    void windowsUpToMidnightAndFromMidnightMeetWithoutGap() {
        TariffPlan plan = planOf(tariff("EUR", version("0.30", List.of(window("ALL", "22:00", "24:00", "0.10"),
                window("ALL", "00:00", "06:00", "0.12")), List.of())));

        assertThat(priceOne(plan, berlin("2026-01-08T23:45", 1000), 0).cost()).isEqualByComparingTo("0.10");
        assertThat(priceOne(plan, berlin("2026-01-09T00:00", 1000), 0).cost()).isEqualByComparingTo("0.12");
        assertThat(priceOne(plan, berlin("2026-01-09T00:00", 1000), 0).window()).isEqualTo("ALL 00:00-06:00");
    }

    @Test
    void aNewVersionMidMonthPricesFromItsFirstLocalDay() {
        List<PricedQuarter> priced = example.price(List.of(berlin("2026-03-30T23:45", 1000), berlin("2026-03-31T00:00", 1000),
                berlin("2026-03-31T12:00", 1000)), BERLIN, 400_000);

        assertThat(priced).extracting(PricedQuarter::cost).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("0.21"), dec("0.23"), dec("0.35"));
    }
}
