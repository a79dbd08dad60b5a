package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.energytracking.metering.entity.Meter.EXACT;
import static org.energytracking.metering.entity.Meter.at;
import static org.energytracking.metering.entity.Meter.both;
import static org.energytracking.metering.entity.Meter.energy;
import static org.energytracking.metering.entity.Meter.power;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearSpreadingTest {

    private static final Consumption TEN_TO_FORTY = Meter.of(energy("00:10", 0), energy("00:40", 1000));

    @Test
    void energyIsSpreadInProportionToTheTimeInEachQuarter() {
        // 1000 Wh over 30 minutes: 5 min → 1000/6, 15 min → 500, 10 min → 1000/3
        List<QuarterHour> quarters = Meter.quarters(TEN_TO_FORTY, "00:00", "00:45");
        assertThat(quarters).extracting(QuarterHour::start).containsExactly(at("00:00"), at("00:15"), at("00:30"));
        assertThat(quarters.get(0).energyWh()).isCloseTo(166.67, within(0.005));
        assertThat(quarters.get(0).energyWh()).isCloseTo(1000.0 / 6, within(EXACT));
        assertThat(quarters.get(1).energyWh()).isCloseTo(500, within(EXACT));
        assertThat(quarters.get(2).energyWh()).isCloseTo(1000.0 / 3, within(EXACT));
        assertThat(quarters.stream().mapToDouble(QuarterHour::energyWh).sum()).isCloseTo(1000, within(EXACT));
    }

    @Test
    void knownTimeIsTheOverlapWithKnownIntervals() {
        List<QuarterHour> quarters = Meter.quarters(TEN_TO_FORTY, "00:00", "00:45");
        assertThat(quarters).extracting(QuarterHour::knownMs).containsExactly(300_000L, 900_000L, 600_000L);
        assertThat(quarters).extracting(QuarterHour::complete).containsExactly(false, true, false);
    }

    @Test
    void theRangeCutsTheSpreadButNotTheShares() {
        assertThat(Meter.quarters(TEN_TO_FORTY, "00:15", "00:30")).singleElement()
                .satisfies(q -> assertThat(q.energyWh()).isCloseTo(500, within(EXACT)));
    }

    @Test
    void quarterHoursWithoutIntervalsOrSamplesAreLeftOut() {
        assertThat(Meter.quarters(TEN_TO_FORTY, "00:45", "02:00")).isEmpty();
        assertThat(TEN_TO_FORTY.quarterHours(at("00:00") - 3_600_000, at("00:15")))
                .extracting(QuarterHour::start).containsExactly(at("00:00"));
    }

    @Test
    void samplesAndPowerStatisticsComeFromTheSamplesInTheQuarter() {
        Consumption c = Meter.of(power("00:00", 100), both("00:05", 0, 300), energy("00:10", 5), power("00:14", 200),
                power("00:15", 50));
        List<QuarterHour> quarters = Meter.day(c);
        assertThat(quarters.get(0)).extracting(QuarterHour::samples, QuarterHour::powerSamples, QuarterHour::powerSumW,
                QuarterHour::powerMinW, QuarterHour::powerMaxW).containsExactly(4, 3, 600.0, 100.0, 300.0);
        assertThat(quarters.get(0).powerAvgW()).isEqualTo(200);
        // a sample on a quarter's boundary belongs to the quarter it starts
        assertThat(quarters.get(1)).extracting(QuarterHour::samples, QuarterHour::powerMinW).containsExactly(1, 50.0);
    }

    @Test
    void aQuarterWithoutPowerHasNoPowerStatistics() {
        QuarterHour quarter = Meter.quarters(TEN_TO_FORTY, "00:00", "00:15").get(0);
        assertThat(quarter.powerSamples()).isZero();
        assertThat(quarter.powerMinW()).isNull();
        assertThat(quarter.powerMaxW()).isNull();
        assertThat(quarter.powerAvgW()).isNull();
    }

    @Test
    void manySmallIntervalsAddUpExactly() {
        // 0.1 Wh every 10 seconds for an hour: 360 intervals, 36 Wh, 9 Wh per quarter
        MeterSample[] samples = new MeterSample[361];
        for (int i = 0; i <= 360; i++) {
            samples[i] = new MeterSample(at("00:00") + i * 10_000L, i * 0.1, null);
        }
        List<QuarterHour> quarters = Meter.quarters(Meter.of(samples), "00:00", "01:00");
        assertThat(quarters).hasSize(4).allSatisfy(q -> {
            assertThat(q.energyWh()).isCloseTo(9, within(EXACT));
            assertThat(q.samples()).isEqualTo(90);
            assertThat(q.complete()).isTrue();
        });
    }

    @Test
    void unalignedRangesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> TEN_TO_FORTY.quarterHours(at("00:01"), at("01:00")))
                .withMessageContaining("fromInclusive");
        assertThatIllegalArgumentException().isThrownBy(() -> TEN_TO_FORTY.quarterHours(at("00:00"), at("01:00") + 1))
                .withMessageContaining("toExclusive");
    }
}
