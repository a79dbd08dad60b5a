package org.energytracking.alerts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdStepsTest {

    private static final long MIN = 60_000;
    private final Condition heater = new Condition(Quantity.POWER, true, 2_000, Duration.ofMinutes(2));

    @Test
    void aBreachHeldOverManyReadingsRaisesOnce() {
        List<Sample> samples = List.of(new Sample(0, 2_100), new Sample(MIN, 2_200), new Sample(2 * MIN, 2_300), new Sample(3 * MIN, 2_400),
                new Sample(4 * MIN, 2_500));
        assertThat(ThresholdSteps.of(heater, samples, -1, false)).containsExactly(new ThresholdSteps.Raise(0, 2_300));
        assertThat(ThresholdSteps.of(heater, samples, -1, true)).isEmpty();
    }

    @Test
    void onlyReadingsAfterTheLastLookAreJudgedButWithTheOnesBeforeThem() {
        List<Sample> samples = List.of(new Sample(0, 2_100), new Sample(MIN, 2_200), new Sample(2 * MIN, 2_300));
        assertThat(ThresholdSteps.of(heater, samples, MIN, false)).containsExactly(new ThresholdSteps.Raise(0, 2_300));
        assertThat(ThresholdSteps.of(heater, samples, 2 * MIN, false)).isEmpty();
    }

    @Test
    void aSpikeInsideABatchRaisesAndThenClears() {
        Condition instant = new Condition(Quantity.POWER, true, 2_000, Duration.ZERO);
        List<Sample> batch = List.of(new Sample(0, 100), new Sample(1_000, 3_000), new Sample(2_000, 100));
        assertThat(ThresholdSteps.of(instant, batch, -1, false))
                .containsExactly(new ThresholdSteps.Raise(1_000, 3_000), new ThresholdSteps.Clear(2_000));
    }

    @Test
    void anOpenAlertClearsOnceTheConditionHasBeenClearForTheHold() {
        List<Sample> samples = List.of(new Sample(0, 2_500), new Sample(MIN, 100), new Sample(2 * MIN, 100), new Sample(3 * MIN, 100));
        assertThat(ThresholdSteps.of(heater, samples, 0, true)).containsExactly(new ThresholdSteps.Clear(MIN));
    }
}
