package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.energytracking.metering.entity.Meter.at;
import static org.energytracking.metering.entity.Meter.energy;
import static org.energytracking.metering.entity.Meter.known;

import java.util.List;
import org.junit.jupiter.api.Test;

class CounterBreaksTest {

    private static Consumption withMax(double counterMaxWh, MeterSample... samples) {
        return Consumption.of(List.of(samples), List.of(), counterMaxWh);
    }

    @Test
    void risingCounterCountsTheDifference() {
        Consumption c = Meter.of(energy("00:00", 100), energy("00:15", 150));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 50));
        assertThat(c.breaks()).isEmpty();
    }

    @Test
    void unchangedCounterCountsZeroWithoutABreak() {
        Consumption c = Meter.of(energy("00:00", 100), energy("00:15", 100));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 0));
        assertThat(c.breaks()).isEmpty();
    }

    @Test
    void resetCountsNewValueAsConsumption() {
        Consumption c = Meter.of(energy("00:00", 1000), energy("00:15", 30));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 30));
        assertThat(c.breaks()).containsExactly(new CounterBreak(at("00:15"), MeterEventType.RESET, 1000, 30));
    }

    @Test
    void resetToZeroCountsNothing() {
        Consumption c = Meter.of(energy("00:00", 500), energy("00:15", 0));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 0));
        assertThat(c.breaks()).extracting(CounterBreak::type).containsExactly(MeterEventType.RESET);
    }

    @Test
    void dropWithinTenPercentOfCounterMaxIsARollover() {
        // 100000 - 95000 + 500 = 5500
        Consumption c = withMax(100_000, energy("00:00", 95_000), energy("00:15", 500));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 5500));
        assertThat(c.breaks()).containsExactly(new CounterBreak(at("00:15"), MeterEventType.ROLLOVER, 95_000, 500));
    }

    @Test
    void previousExactlyAtNinetyPercentIsARollover() {
        // 10000 - 9000 + 100 = 1100
        Consumption c = withMax(10_000, energy("00:00", 9000), energy("00:15", 100));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 1100));
        assertThat(c.breaks()).extracting(CounterBreak::type).containsExactly(MeterEventType.ROLLOVER);
    }

    @Test
    void previousBelowNinetyPercentOfCounterMaxIsAReset() {
        Consumption c = withMax(10_000, energy("00:00", 8999), energy("00:15", 100));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 100));
        assertThat(c.breaks()).containsExactly(new CounterBreak(at("00:15"), MeterEventType.RESET, 8999, 100));
    }

    @Test
    void withoutCounterMaxEveryDropIsAReset() {
        Consumption c = Meter.of(energy("00:00", 99_999), energy("00:15", 5));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 5));
        assertThat(c.breaks()).extracting(CounterBreak::type).containsExactly(MeterEventType.RESET);
    }

    @Test
    void counterMaxDoesNotChangeARisingCounter() {
        Consumption c = withMax(10_000, energy("00:00", 9500), energy("00:15", 9900));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:15", 400));
        assertThat(c.breaks()).isEmpty();
    }

    @Test
    void breaksAreListedInTimeOrderAtTheReadingAfterTheDrop() {
        Consumption c = withMax(10_000, energy("00:00", 9500), energy("00:15", 200), energy("00:30", 300),
                energy("00:45", 10), energy("01:00", 20));
        assertThat(c.breaks()).containsExactly(
                new CounterBreak(at("00:15"), MeterEventType.ROLLOVER, 9500, 200),
                new CounterBreak(at("00:45"), MeterEventType.RESET, 300, 10));
        // 10000 - 9500 + 200 = 700; 100; reset: 10; 10
        assertThat(c.intervals()).extracting(Interval::energyWh).containsExactly(700.0, 100.0, 10.0, 10.0);
    }

    @Test
    void resetConsumptionIsSpreadOverTheQuarterHoursOfItsInterval() {
        // 30 Wh over 00:00..00:30: 15 Wh in each quarter
        Consumption c = Meter.of(energy("00:00", 1000), energy("00:30", 30));
        assertThat(Meter.quarters(c, "00:00", "00:30")).extracting(QuarterHour::energyWh).containsExactly(15.0, 15.0);
    }

    @Test
    void nonPositiveCounterMaxIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> withMax(0, energy("00:00", 1)))
                .withMessageContaining("counterMaxWh");
    }
}
