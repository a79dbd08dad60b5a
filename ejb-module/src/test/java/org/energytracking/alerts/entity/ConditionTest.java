package org.energytracking.alerts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final long MIN = 60_000;
    private final Condition heater = new Condition(Quantity.POWER, true, 2_000, Duration.ofMinutes(10));

    @Test
    void aBreachHeldForTheWholeHoldIsBreachedWithItsStartAndPeak() {
        List<Sample> samples = List.of(new Sample(0, 1_500), new Sample(MIN, 2_100), new Sample(6 * MIN, 2_450), new Sample(11 * MIN, 2_200));
        assertThat(heater.judge(samples)).isEqualTo(new Condition.Breached(MIN, 11 * MIN, 2_450));
        assertThat(((Condition.Breached) heater.judge(samples)).held()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aBreachShorterThanTheHoldIsUndecided() {
        assertThat(heater.judge(List.of(new Sample(0, 1_500), new Sample(MIN, 2_100), new Sample(10 * MIN, 2_200))))
                .isInstanceOf(Condition.Undecided.class);
    }

    @Test
    void oneReadingBackUnderTheBoundRestartsTheHold() {
        List<Sample> samples = List.of(new Sample(0, 2_100), new Sample(5 * MIN, 1_900), new Sample(6 * MIN, 2_100), new Sample(12 * MIN, 2_300));
        assertThat(heater.judge(samples)).isInstanceOf(Condition.Undecided.class);
    }

    @Test
    void clearForTheHoldIsClearFromItsFirstClearReading() {
        List<Sample> samples = List.of(new Sample(0, 2_100), new Sample(MIN, 300), new Sample(11 * MIN, 250));
        assertThat(heater.judge(samples)).isEqualTo(new Condition.Clear(MIN));
    }

    @Test
    void withNoHoldAnySingleReadingDecides() {
        Condition instant = new Condition(Quantity.VOLTAGE, false, 207, Duration.ZERO);
        assertThat(instant.judge(List.of(new Sample(0, 230), new Sample(MIN, 200)))).isEqualTo(new Condition.Breached(MIN, MIN, 200));
        assertThat(instant.judge(List.of(new Sample(0, 200), new Sample(MIN, 230)))).isEqualTo(new Condition.Clear(MIN));
    }

    @Test
    void belowKeepsTheLowestValueAndTheBoundItselfIsNotABreach() {
        Condition freezer = new Condition(Quantity.POWER, false, 5, Duration.ofMinutes(1));
        assertThat(freezer.judge(List.of(new Sample(0, 2), new Sample(MIN, 0.5), new Sample(2 * MIN, 1))))
                .isEqualTo(new Condition.Breached(0, 2 * MIN, 0.5));
        assertThat(freezer.breachedBy(5)).isFalse();
    }

    @Test
    void noSamplesDecideNothing() {
        assertThat(heater.judge(List.of())).isInstanceOf(Condition.Undecided.class);
    }
}
