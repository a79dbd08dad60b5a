package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.energytracking.metering.entity.Meter.EXACT;
import static org.energytracking.metering.entity.Meter.at;
import static org.energytracking.metering.entity.Meter.both;
import static org.energytracking.metering.entity.Meter.energy;
import static org.energytracking.metering.entity.Meter.known;
import static org.energytracking.metering.entity.Meter.power;
import static org.energytracking.metering.entity.Meter.unknown;

import java.util.List;
import org.junit.jupiter.api.Test;

class PowerAndGapsTest {

    @Test
    void counterAcrossAThreeHourGapIsSpreadLinearly() {
        // 600 Wh over 12 quarter hours: 50 Wh each, all of them complete
        Consumption c = Meter.of(energy("00:00", 1000), energy("03:00", 1600));
        List<QuarterHour> quarters = Meter.quarters(c, "00:00", "03:00");
        assertThat(quarters).hasSize(12);
        assertThat(quarters).allSatisfy(q -> {
            assertThat(q.energyWh()).isCloseTo(50, within(EXACT));
            assertThat(q.complete()).isTrue();
        });
        assertThat(quarters.stream().mapToDouble(QuarterHour::energyWh).sum()).isCloseTo(600, within(EXACT));
    }

    @Test
    void trapezoidAveragesTheTwoPowerReadings() {
        // (100 W + 300 W) / 2 = 200 W for 10 minutes = 200 / 6 Wh
        Consumption c = Meter.of(power("00:00", 100), power("00:10", 300));
        assertThat(c.intervals()).hasSize(1);
        assertThat(c.intervals().get(0).energyWh()).isCloseTo(200.0 / 6, within(EXACT));
        assertThat(c.intervals().get(0).known()).isTrue();
    }

    @Test
    void trapezoidSumsOverConsecutiveReadings() {
        // 0→1200 W over 5 min: 600 W * 1/12 h = 50 Wh; 1200→1200 W over 5 min: 100 Wh; 1200→0 W over 5 min: 50 Wh
        Consumption c = Meter.of(power("00:00", 0), power("00:05", 1200), power("00:10", 1200), power("00:15", 0));
        assertThat(c.intervals()).extracting(Interval::energyWh).containsExactly(50.0, 100.0, 50.0);
        assertThat(Meter.day(c).get(0).energyWh()).isCloseTo(200, within(EXACT));
        assertThat(Meter.day(c).get(0).complete()).isTrue();
    }

    @Test
    void negativePowerFeedsInNegativeEnergy() {
        // -400 W for 15 minutes = -100 Wh
        Consumption c = Meter.of(power("00:00", -400), power("00:15", -400));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", -100));
    }

    @Test
    void powerGapLongerThanFifteenMinutesIsUnknownNotZero() {
        Consumption c = Meter.of(power("00:00", 1000), power("00:16", 1000));
        assertThat(c.intervals()).containsExactly(unknown("00:00", "00:16"));
        List<QuarterHour> quarters = Meter.day(c);
        assertThat(quarters).extracting(QuarterHour::start).containsExactly(at("00:00"), at("00:15"));
        assertThat(quarters).allSatisfy(q -> {
            assertThat(q.knownMs()).isZero();
            assertThat(q.energyWh()).isZero();
            assertThat(q.samples()).isEqualTo(1);
        });
    }

    @Test
    void powerGapOfExactlyFifteenMinutesIsKnown() {
        // 1000 W for a quarter hour = 250 Wh
        Consumption c = Meter.of(power("00:00", 1000), power("00:15", 1000));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 250));
        assertThat(Meter.day(c).get(0).complete()).isTrue();
    }

    @Test
    void counterWinsWhereADeviceSendsBoth() {
        // power would say 1000 W * 0.5 h = 500 Wh; the counter says 300 Wh
        Consumption c = Meter.of(both("00:00", 0, 1000), both("00:15", 100, 1000), both("00:30", 300, 1000));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 100), known("00:15", "00:30", 200));
    }

    @Test
    void knownCounterIsNotOverriddenByAnUnknownPowerGap() {
        Consumption c = Meter.of(both("00:00", 0, 1000), both("01:00", 400, 1000));
        assertThat(c.intervals()).containsExactly(known("00:00", "01:00", 400));
        assertThat(Meter.quarters(c, "00:00", "01:00")).hasSize(4).allSatisfy(q -> assertThat(q.complete()).isTrue());
    }

    @Test
    void aDeviceWithACounterIsNotEstimatedFromPowerBeforeOrAfterItsCounterReadings() {
        Consumption c = Meter.of(power("00:00", 1200), both("00:05", 10, 1200), both("00:10", 40, 1200),
                power("00:15", 1200));
        assertThat(c.intervals()).containsExactly(known("00:05", "00:10", 30));
    }

    @Test
    void aDeviceWithACounterHasNoPowerIntervalsBetweenItsCounterReadings() {
        Consumption c = Meter.of(power("00:00", 400), energy("00:05", 0), energy("00:10", 7), power("00:15", 400));
        assertThat(c.intervals()).containsExactly(known("00:05", "00:10", 7));
    }

    @Test
    void aSingleReadingGivesNoIntervalButItsQuarterHourCountsIt() {
        Consumption c = Meter.of(both("00:07", 100, 250));
        assertThat(c.intervals()).isEmpty();
        assertThat(Meter.day(c)).containsExactly(new QuarterHour(at("00:00"), 0, 0, 1, 1, 250, 250.0, 250.0));
    }
}
