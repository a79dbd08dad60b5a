package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Buckets of one whole local day, from its local midnight to the next. */
class DstDayBucketsTest {

    private static List<Bucket> bucketsOf(Resolution resolution, String zoneName, LocalDate day) {
        ZoneId zone = ZoneId.of(zoneName);
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return resolution.buckets(from, to, zone);
    }

    @ParameterizedTest(name = "{0} {1}: {2} hours")
    @MethodSource("org.energytracking.metering.entity.Meter#localDays")
    void aLocalDayHasOneBucketPerLocalHourAndFourPerHourOfQuarters(String zone, LocalDate day, int hours) {
        assertThat(bucketsOf(Resolution.QUARTER_HOUR, zone, day)).hasSize(hours * 4)
                .allSatisfy(b -> assertThat(b.length()).isEqualTo(Duration.ofMinutes(15)));
        assertThat(bucketsOf(Resolution.HOUR, zone, day)).hasSize(hours)
                .allSatisfy(b -> assertThat(b.length()).isEqualTo(Duration.ofHours(1)));
        assertThat(bucketsOf(Resolution.DAY, zone, day)).singleElement()
                .satisfies(b -> assertThat(b.length()).isEqualTo(Duration.ofHours(hours)));
        assertThat(bucketsOf(Resolution.MONTH, zone, day)).singleElement()
                .satisfies(b -> assertThat(b.localStart(ZoneId.of(zone)).toLocalDate()).isEqualTo(day.withDayOfMonth(1)));
    }

    @ParameterizedTest(name = "{0} {1}: local hours {2}")
    @CsvSource({
        "Europe/Berlin, 2026-03-29, '0,1,3,4'",
        "Europe/Berlin, 2026-10-25, '0,1,2,2,3'",
        "America/New_York, 2026-03-08, '0,1,3,4'",
        "America/New_York, 2026-11-01, '0,1,1,2,3'"})
    void hourBucketsSkipOrRepeatTheChangedHour(String zone, LocalDate day, String firstLocalHours) {
        List<Integer> hours = bucketsOf(Resolution.HOUR, zone, day).stream()
                .map(b -> b.localStart(ZoneId.of(zone)).getHour()).toList();
        Integer[] expected = java.util.Arrays.stream(firstLocalHours.split(",")).map(Integer::valueOf).toArray(Integer[]::new);
        assertThat(hours).startsWith(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Europe/Berlin, 2026-10-25", "America/New_York, 2026-11-01"})
    void theRepeatedHourIsTwoBucketsWithDifferentOffsets(String zone, LocalDate day) {
        List<Bucket> hours = bucketsOf(Resolution.HOUR, zone, day);
        // buckets 2 and 3 of Berlin (02:00 CEST, 02:00 CET), 1 and 2 of New York (01:00 EDT, 01:00 EST)
        int first = zone.startsWith("Europe") ? 2 : 1;
        var earlier = hours.get(first).localStart(ZoneId.of(zone));
        var later = hours.get(first + 1).localStart(ZoneId.of(zone));
        assertThat(earlier.toLocalDateTime()).isEqualTo(later.toLocalDateTime());
        assertThat(earlier.getOffset()).isNotEqualTo(later.getOffset());
        assertThat(Duration.between(earlier, later)).isEqualTo(Duration.ofHours(1));
    }
}
