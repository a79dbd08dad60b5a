package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.energytracking.metering.entity.Meter.EXACT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A meter that uses 100 Wh every hour, read at local midnight and at the next one. */
class DstDayConsumptionTest {

    private static List<QuarterHour> quartersOf(ZoneId zone, LocalDate day, int hours) {
        long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Consumption c = Consumption.of(List.of(new MeterSample(start, 0.0, null), new MeterSample(end, hours * 100.0, null)),
                List.of(), null);
        return c.quarterHours(start, end);
    }

    private static Map<Long, Double> energyByHour(List<QuarterHour> quarters, ZoneId zone) {
        Map<Long, Double> byHour = new LinkedHashMap<>();
        quarters.forEach(q -> byHour.merge(QuarterHours.hourStart(q.start(), zone), q.energyWh(), Double::sum));
        return byHour;
    }

    private static List<Integer> localHours(Map<Long, Double> byHour, ZoneId zone) {
        return byHour.keySet().stream().map(start -> Instant.ofEpochMilli(start).atZone(zone).getHour()).toList();
    }

    @ParameterizedTest(name = "{0} {1}: {2} hours")
    @MethodSource("org.energytracking.metering.entity.Meter#localDays")
    void aLocalDayHasFourCompleteQuarterHoursPerLocalHour(String zoneName, LocalDate day, int hours) {
        ZoneId zone = ZoneId.of(zoneName);
        List<QuarterHour> quarters = quartersOf(zone, day, hours);
        // 23 h → 92 quarters, 25 h → 100; 100 Wh per hour spread linearly → 25 Wh per quarter
        assertThat(quarters).hasSize(hours * 4).allSatisfy(q -> {
            assertThat(q.energyWh()).isCloseTo(25, within(EXACT));
            assertThat(q.complete()).isTrue();
            assertThat(QuarterHours.localDay(q.start(), zone)).isEqualTo(day);
        });
        Map<Long, Double> byHour = energyByHour(quarters, zone);
        assertThat(byHour).hasSize(hours);
        assertThat(byHour.values()).allSatisfy(wh -> assertThat(wh).isCloseTo(100, within(EXACT)));
    }

    @Test
    void springForwardInBerlinSkipsTwoOClock() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<Integer> hours = localHours(energyByHour(quartersOf(berlin, LocalDate.of(2026, 3, 29), 23), berlin), berlin);
        assertThat(hours).containsExactly(0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
    }

    @Test
    void fallBackInBerlinCountsTwoOClockTwiceAsTwoHours() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Map<Long, Double> byHour = energyByHour(quartersOf(berlin, LocalDate.of(2026, 10, 25), 25), berlin);
        assertThat(localHours(byHour, berlin))
                .containsExactly(0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
        // 02:00 CEST = 00:00Z and 02:00 CET = 01:00Z
        assertThat(byHour).containsKeys(Instant.parse("2026-10-25T00:00:00Z").toEpochMilli(),
                Instant.parse("2026-10-25T01:00:00Z").toEpochMilli());
    }

    @Test
    void newYorkSkipsTwoOClockInMarchAndRepeatsOneOClockInNovember() {
        ZoneId newYork = ZoneId.of("America/New_York");
        List<Integer> march = localHours(energyByHour(quartersOf(newYork, LocalDate.of(2026, 3, 8), 23), newYork), newYork);
        List<Integer> november = localHours(energyByHour(quartersOf(newYork, LocalDate.of(2026, 11, 1), 25), newYork), newYork);
        assertThat(march).startsWith(0, 1, 3).doesNotContain(2).hasSize(23);
        assertThat(november).startsWith(0, 1, 1, 2).hasSize(25);
    }
}
