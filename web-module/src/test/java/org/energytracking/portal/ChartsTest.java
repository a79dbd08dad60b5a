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

    @Test
    void aSingleReadingIsDrawnAsADot() {
        String json = Charts.lines(List.of("14:49"), "W", List.of(new Charts.Series("Power", List.of(230), 0)));
        assertThat(json).contains("\"pointRadius\":3");
    }

    @Test
    void onlyValuesWithoutANeighbourGetADot() {
        String json = Charts.lines(List.of("a", "b", "c", "d", "e"), "W",
                List.of(new Charts.Series("Power", Arrays.asList(100, 110, null, 90, null), 0)));
        assertThat(json).contains("\"pointRadius\":[0,0,0,3,0]");
    }
}
