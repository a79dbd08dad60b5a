package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.metering.entity.Meter.at;
import static org.energytracking.metering.entity.Meter.both;
import static org.energytracking.metering.entity.Meter.energy;
import static org.energytracking.metering.entity.Meter.known;
import static org.energytracking.metering.entity.Meter.power;
import static org.energytracking.metering.entity.Meter.replacement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InputOrderTest {

    private static final List<MeterSample> SORTED = List.of(
            power("00:00", 500), both("00:05", 1000, 600), energy("00:20", 1200), both("00:35", 40, 700),
            power("00:40", 800), power("01:10", 800), energy("01:30", 90), both("01:45", 9500, 100), energy("02:00", 30));
    private static final List<Replacement> REPLACEMENTS = List.of(replacement("01:20", 0));
    private static final double COUNTER_MAX_WH = 10_000;

    private static Consumption of(List<MeterSample> samples) {
        return Consumption.of(samples, REPLACEMENTS, COUNTER_MAX_WH);
    }

    private static void assertSameAsSorted(Consumption actual) {
        Consumption expected = of(SORTED);
        assertThat(actual.intervals()).isEqualTo(expected.intervals());
        assertThat(actual.breaks()).isEqualTo(expected.breaks());
        assertThat(Meter.day(actual)).isEqualTo(Meter.day(expected));
    }

    @Test
    void outOfOrderInputGivesTheSameResultAsSorted() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<MeterSample> shuffled = new ArrayList<>(SORTED);
            Collections.shuffle(shuffled, random);
            assertSameAsSorted(of(shuffled));
        }
        List<MeterSample> reversed = new ArrayList<>(SORTED);
        Collections.reverse(reversed);
        assertSameAsSorted(of(reversed));
    }

    @Test
    void duplicateSamplesChangeNothing() {
        List<MeterSample> twice = new ArrayList<>(SORTED);
        twice.addAll(SORTED);
        Collections.shuffle(twice, new Random(7));
        assertSameAsSorted(of(twice));
        assertThat(of(twice).samples()).isEqualTo(SORTED);
    }

    @Test
    void consumptionFollowsTimestampsNotArrival() {
        // arrival 1000, 20, 1010 would look like a reset; in time order it is 1000, 1010, 20
        Consumption c = Meter.of(energy("00:00", 1000), energy("00:30", 20), energy("00:15", 1010));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 10), known("00:15", "00:30", 20));
        assertThat(c.breaks()).containsExactly(new CounterBreak(at("00:30"), MeterEventType.RESET, 1010, 20));
    }

    @Test
    void duplicatesMergeFieldByFieldAndTheFirstValueWins() {
        Consumption c = Meter.of(new MeterSample(at("00:00"), 100.0, null), new MeterSample(at("00:00"), 200.0, 50.0),
                new MeterSample(at("00:00"), null, 70.0));
        assertThat(c.samples()).containsExactly(new MeterSample(at("00:00"), 100.0, 50.0));
    }

    @Test
    void aDuplicateCountsOnceInItsQuarterHour() {
        Consumption c = Meter.of(power("00:01", 100), power("00:01", 100), power("00:02", 300));
        QuarterHour quarter = Meter.day(c).get(0);
        assertThat(quarter.samples()).isEqualTo(2);
        assertThat(quarter.powerSumW()).isEqualTo(400);
    }
}
