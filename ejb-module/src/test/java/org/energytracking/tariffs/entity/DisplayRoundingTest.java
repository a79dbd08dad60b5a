package org.energytracking.tariffs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.tariffs.entity.TariffExamples.dec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money stays exact; only what is shown is rounded, half-even to the currency's minor unit. */
class DisplayRoundingTest {

    @ParameterizedTest(name = "{1} {0} shows as {2}")
    @CsvSource({
            "EUR, 0.125, 0.12",
            "EUR, 0.135, 0.14",
            "EUR, 0.1251, 0.13",
            "EUR, -0.125, -0.12",
            "EUR, 2, 2.00",
            "JPY, 12.5, 12",
            "JPY, 13.5, 14",
            "BHD, 0.0125, 0.012"})
    void amountsAreRoundedHalfEvenToTheMinorUnit(String currency, String amount, String shown) {
        assertThat(new CurrencyCode(currency).display(dec(amount))).isEqualTo(dec(shown));
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({"0.545, 0.54", "0.555, 0.56", "0.039506144, 0.04"})
    void costsAndStandingChargesShowRoundedButKeepTheirExactValue(String exact, String shown) {
        PricedQuarter quarter = new PricedQuarter(0, dec(exact), "EUR", "default");
        StandingCharge charge = new StandingCharge(dec(exact), "EUR");

        assertThat(quarter.displayCost()).isEqualTo(dec(shown));
        assertThat(charge.displayAmount()).isEqualTo(dec(shown));
        assertThat(quarter.cost()).isEqualTo(dec(exact));
    }
}
