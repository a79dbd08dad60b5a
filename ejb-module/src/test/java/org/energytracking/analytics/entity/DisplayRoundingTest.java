package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DisplayRoundingTest {

    @Test
    void moneyIsRoundedHalfEvenToTheCurrencysMinorUnit() {
        assertThat(DisplayRounding.forCurrency("EUR").money(new BigDecimal("0.125"))).isEqualByComparingTo("0.12")
                .hasToString("0.12");
        assertThat(DisplayRounding.forCurrency("EUR").money(new BigDecimal("0.135"))).hasToString("0.14");
        assertThat(DisplayRounding.forCurrency("JPY").money(new BigDecimal("142.5"))).hasToString("142");
        assertThat(DisplayRounding.forCurrency("KWD").money(new BigDecimal("1.23456"))).hasToString("1.235");
    }

    @Test
    void withoutACurrencyMoneyHasTwoDecimals() {
        assertThat(DisplayRounding.forCurrency(null).money(new BigDecimal("7"))).hasToString("7.00");
        assertThat(DisplayRounding.forCurrency("XXX").moneyDigits()).isEqualTo(2);
    }

    @Test
    void unknownMoneyStaysUnknown() {
        assertThat(DisplayRounding.forCurrency("EUR").money(null)).isNull();
    }

    @Test
    void energyAndPowerHaveThreeDecimalsHalfEven() {
        assertThat(DisplayRounding.measure(2.0625)).hasToString("2.062");
        assertThat(DisplayRounding.measure(2.0635)).hasToString("2.064");
        assertThat(DisplayRounding.measure(1200)).hasToString("1200.000");
    }

    @Test
    void changeInPercentIsOfThePreviousFigureWithOneDecimal() {
        assertThat(DisplayRounding.percentChange(new BigDecimal("1920"), new BigDecimal("1600"))).hasToString("20.0");
        assertThat(DisplayRounding.percentChange(new BigDecimal("2"), new BigDecimal("3"))).hasToString("-33.3");
        assertThat(DisplayRounding.percentChange(new BigDecimal("-1"), new BigDecimal("-2"))).hasToString("50.0");
    }

    @Test
    void noChangeInPercentFromZeroOrFromUnknown() {
        assertThat(DisplayRounding.percentChange(new BigDecimal("5"), BigDecimal.ZERO)).isNull();
        assertThat(DisplayRounding.percentChange(new BigDecimal("5"), null)).isNull();
        assertThat(DisplayRounding.percentChange(null, new BigDecimal("5"))).isNull();
    }

    @Test
    void completenessIsRoundedDownSoThatAMissingSecondDoesNotShowAsComplete() {
        assertThat(DisplayRounding.completenessPercent(86_399_999, 86_400_000)).hasToString("99.9");
        assertThat(DisplayRounding.completenessPercent(86_400_000, 86_400_000)).hasToString("100.0");
        assertThat(DisplayRounding.completenessPercent(0, 0)).isNull();
    }
}
