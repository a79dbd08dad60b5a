package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.metering.entity.Meter.at;
import static org.energytracking.metering.entity.Meter.both;
import static org.energytracking.metering.entity.Meter.energy;
import static org.energytracking.metering.entity.Meter.known;
import static org.energytracking.metering.entity.Meter.power;
import static org.energytracking.metering.entity.Meter.replacement;
import static org.energytracking.metering.entity.Meter.unknown;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplacementTest {

    private static Consumption with(List<Replacement> replacements, MeterSample... samples) {
        return Consumption.of(List.of(samples), replacements, null);
    }

    @Test
    void nothingIsCountedAcrossAReplacement() {
        Consumption c = with(List.of(replacement("00:20", 0)), energy("00:00", 5000), energy("00:30", 100));
        assertThat(c.intervals()).containsExactly(unknown("00:00", "00:20"), known("00:20", "00:30", 100));
        assertThat(c.breaks()).isEmpty();
    }

    @Test
    void nothingIsCountedAcrossAReplacementOnAMeterThatAlsoReportsPower() {
        // power would claim 1000 W × 20 min = 333 Wh for the old meter's last stretch; it stays unknown
        Consumption c = with(List.of(replacement("00:20", 0)),
                both("00:00", 5000, 1000), power("00:10", 1000), both("00:30", 100, 1000));
        assertThat(c.intervals()).containsExactly(unknown("00:00", "00:20"), known("00:20", "00:30", 100));
        List<QuarterHour> quarters = Meter.day(c);
        assertThat(quarters.get(0).energyWh()).isZero();
        assertThat(quarters.get(0).complete()).isFalse();
        assertThat(quarters.get(1).energyWh()).isEqualTo(100);
        assertThat(quarters.get(1).complete()).isFalse();
    }

    @Test
    void quarterHoursKnowOnlyTheNewMetersPart() {
        Consumption c = with(List.of(replacement("00:20", 0)), energy("00:00", 5000), energy("00:30", 100));
        List<QuarterHour> quarters = Meter.day(c);
        // the closing reading falls into 00:30, which no interval overlaps
        assertThat(quarters).extracting(QuarterHour::start).containsExactly(at("00:00"), at("00:15"), at("00:30"));
        assertThat(quarters.get(0).energyWh()).isZero();
        assertThat(quarters.get(0).knownMs()).isZero();
        // 00:15..00:20 unknown, 00:20..00:30 known: all 100 Wh, 10 minutes
        assertThat(quarters.get(1).energyWh()).isEqualTo(100);
        assertThat(quarters.get(1).knownMs()).isEqualTo(600_000);
        assertThat(quarters.get(1).complete()).isFalse();
        assertThat(quarters.get(2)).isEqualTo(new QuarterHour(at("00:30"), 0, 0, 1, 0, 0, null, null));
    }

    @Test
    void newCounterStartingAboveZeroIsSubtracted() {
        Consumption c = with(List.of(replacement("00:10", 1000)), energy("00:00", 5000), energy("00:30", 1100));
        assertThat(c.intervals()).containsExactly(unknown("00:00", "00:10"), known("00:10", "00:30", 100));
    }

    @Test
    void readingExactlyAtTheReplacementBelongsToTheNewMeter() {
        Consumption c = with(List.of(replacement("00:15", 10)),
                energy("00:00", 5000), energy("00:15", 10), energy("00:30", 60));
        assertThat(c.intervals()).containsExactly(unknown("00:00", "00:15"), known("00:15", "00:30", 50));
        assertThat(c.breaks()).isEmpty();
    }

    @Test
    void readingBelowTheNewCounterIsAResetOfTheNewMeter() {
        Consumption c = with(List.of(replacement("00:10", 200)), energy("00:00", 5000), energy("00:30", 50));
        assertThat(c.intervals()).containsExactly(unknown("00:00", "00:10"), known("00:10", "00:30", 50));
        assertThat(c.breaks()).containsExactly(new CounterBreak(at("00:30"), MeterEventType.RESET, 200, 50));
    }

    @Test
    void theLastOfSeveralReplacementsBetweenTwoReadingsCounts() {
        Consumption c = with(List.of(replacement("00:20", 40), replacement("00:10", 0)),
                energy("00:00", 5000), energy("00:30", 100));
        assertThat(c.intervals()).containsExactly(unknown("00:00", "00:20"), known("00:20", "00:30", 60));
    }

    @Test
    void replacementsOutsideTheReadingsChangeNothing() {
        Consumption c = with(List.of(replacement("00:00", 0), replacement("01:00", 0)),
                energy("00:00", 100), energy("00:30", 150));
        assertThat(c.intervals()).containsExactly(known("00:00", "00:30", 50));
    }

    @Test
    void aDropAtTheReplacementIsNoBreakButALaterDropIs() {
        Consumption c = with(List.of(replacement("00:10", 0)),
                energy("00:00", 5000), energy("00:15", 100), energy("00:30", 20));
        assertThat(c.breaks()).containsExactly(new CounterBreak(at("00:30"), MeterEventType.RESET, 100, 20));
    }

    @Test
    void powerDoesNotFillTheUnknownPieceBeforeAReplacement() {
        Consumption c = with(List.of(replacement("00:10", 0)),
                both("00:00", 5000, 600), both("00:10", 0, 600), both("00:20", 100, 600));
        // 600 W for 10 minutes would be 100 Wh; the old meter's last stretch stays unknown
        assertThat(c.intervals()).containsExactly(unknown("00:00", "00:10"), known("00:10", "00:20", 100));
        assertThat(Meter.day(c)).extracting(QuarterHour::knownMs).containsExactly(300_000L, 300_000L);
    }
}
