package org.energytracking.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatScaleTest {

    @Test
    void heatStepsRiseWithTheShareOfTheLargestValue() {
        HeatScale scale = HeatScale.of(List.of(Arrays.asList(BigDecimal.ZERO, new BigDecimal("500"), new BigDecimal("1000"), null)));
        assertThat(scale.styleClass(BigDecimal.ZERO)).isEqualTo("heat-0");
        assertThat(scale.styleClass(new BigDecimal("500"))).isEqualTo("heat-5");
        assertThat(scale.styleClass(new BigDecimal("1000"))).isEqualTo("heat-9");
        assertThat(scale.styleClass(null)).isEqualTo("heat-none");
    }
}
