package org.energytracking.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void barsCarryLabelsSeriesAndTheUnitAsTheValueAxisTitle() {
        String json = Charts.bars(List.of("Mon", "Tue"), "kWh",
                List.of(new Charts.Series("This week", List.of(12.5, 13), 0), new Charts.Series("Last week", List.of(11, 14), 1)));
        assertThat(json).contains("\"type\":\"bar\"", "\"labels\":[\"Mon\",\"Tue\"]", "\"label\":\"This week\"",
                "[12.5,13]", "\"text\":\"kWh\"", Charts.PALETTE.get(1));
    }

    @Test
    void unknownValuesAreGapsNotZeros() {
        String json = Charts.lines(List.of("00:00", "00:15", "00:30"), "W",
                List.of(new Charts.Series("Power", Arrays.asList(100, null, 120), 0)));
        assertThat(json).contains("\"type\":\"line\"", "[100,null,120]", "\"text\":\"W\"");
    }
}
