package org.energytracking.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisScaleTest {

    @Test
    void aRoundStepOfAboutAFifthUpToATopAtOrAboveTheLargestValue() {
        AxisScale scale = AxisScale.upTo(2.3); // a fifth is 0.46: the next round step is 0.5, five of them reach 2.5
        assertThat(scale.step()).isEqualByComparingTo("0.5");
        assertThat(scale.intervals()).isEqualTo(5);
        assertThat(scale.top()).isEqualTo(2.5);
        assertThat(scale.fractionDigits()).isEqualTo(1);
        assertThat(scale.tick(3)).isEqualByComparingTo("1.5");
    }

    @Test
    void aLargestValueOnAStepEndsTheAxisThere() {
        AxisScale scale = AxisScale.upTo(10);
        assertThat(scale.step()).isEqualByComparingTo("2");
        assertThat(scale.intervals()).isEqualTo(5);
        assertThat(scale.fractionDigits()).isZero();
    }

    @Test
    void stepsOfTwoAndAHalfAndOfTensKeepTheirDecimals() {
        assertThat(AxisScale.upTo(1.1).step()).isEqualByComparingTo("0.25");
        assertThat(AxisScale.upTo(1.1).intervals()).isEqualTo(5);
        assertThat(AxisScale.upTo(1.1).fractionDigits()).isEqualTo(2);
        assertThat(AxisScale.upTo(480).step()).isEqualByComparingTo("100");
        assertThat(AxisScale.upTo(480).fractionDigits()).isZero();
    }

    @Test
    void noDataDrawsOneUnit() {
        assertThat(AxisScale.upTo(0).top()).isEqualTo(1.0);
        assertThat(AxisScale.upTo(Double.NaN).top()).isEqualTo(1.0);
    }
}
