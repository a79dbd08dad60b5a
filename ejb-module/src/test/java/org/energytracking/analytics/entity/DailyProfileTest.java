package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.analytics.entity.UsageFixtures.NEW_YORK;
import static org.energytracking.analytics.entity.UsageFixtures.UTC;
import static org.energytracking.analytics.entity.UsageFixtures.at;
import static org.energytracking.analytics.entity.UsageFixtures.local;
import static org.energytracking.analytics.entity.UsageFixtures.quarter;
import static org.energytracking.analytics.entity.UsageFixtures.steadyDays;
import static org.energytracking.analytics.entity.UsageFixtures.steadyHoursExcept;
import static org.energytracking.analytics.entity.UsageFixtures.usage;
import static org.energytracking.analytics.entity.UsageFixtures.wh;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyProfileTest {

    private static List<BigDecimal> profile(Instant from, Instant to, List<UsageQuarter> entries, ZoneId zone) {
        return DailyProfile.of(usage(from, to, entries), zone).averageWhByHour();
    }

    private static List<BigDecimal> steadyProfile(String fromDay, String toDay, ZoneId zone) {
        return DailyProfile.of(steadyDays(fromDay, toDay, zone), zone).averageWhByHour();
    }

    @Test
    void eachHourIsAveragedOverTheDaysOfThePeriod() {
        List<BigDecimal> hours = profile(at("2026-03-09T00:00:00Z"), at("2026-03-11T00:00:00Z"), List.of(
                quarter("2026-03-09T10:00:00Z", 100),
                quarter("2026-03-09T10:45:00Z", 50),
                quarter("2026-03-10T10:30:00Z", 250),
                quarter("2026-03-10T23:45:00Z", 7)), UTC);
        assertThat(hours).hasSize(24);
        assertThat(hours.get(10)).isEqualTo(wh("200"));
        assertThat(hours.get(23)).isEqualTo(wh("3.5"));
        assertThat(hours.get(0)).isEqualTo(wh("0"));
    }

    @Test
    void aDayWithoutDataCountsAsZero() {
        List<BigDecimal> hours = profile(at("2026-03-09T00:00:00Z"), at("2026-03-11T00:00:00Z"),
                List.of(quarter("2026-03-09T10:00:00Z", 100)), UTC);
        assertThat(hours.get(10)).isEqualTo(wh("50"));
    }

    @Test
    void hoursThePeriodNeverHoldsAreNull() {
        List<BigDecimal> hours = profile(at("2026-03-09T10:00:00Z"), at("2026-03-09T12:00:00Z"),
                List.of(quarter("2026-03-09T10:00:00Z", 100)), UTC);
        assertThat(hours.subList(10, 12)).containsExactly(wh("100"), wh("0"));
        assertThat(hours.subList(0, 10)).containsOnlyNulls();
        assertThat(hours.subList(12, 24)).containsOnlyNulls();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            spring forward: that day does not count for 02:00 | Europe/Berlin    | 2026-03-28 | 2026-03-30 | 2 | 400
            spring-forward day alone: no 02:00 at all          | Europe/Berlin    | 2026-03-29 | 2026-03-30 | 2 | none
            fall back: both runs of 02:00 make the hour 2      | Europe/Berlin    | 2026-10-24 | 2026-10-26 | 2 | 600
            fall back: both runs of 01:00 make the hour 1      | America/New_York | 2026-11-01 | 2026-11-02 | 1 | 800
            """)
    void daylightSavingDaysOfASteadyLoad(String behaviour, String zone, String fromDay, String toDay, int hour,
            BigDecimal averageWh) {
        List<BigDecimal> expected = steadyHoursExcept(hour, averageWh == null ? null : averageWh.setScale(3));
        assertThat(steadyProfile(fromDay, toDay, ZoneId.of(zone))).containsExactlyElementsOf(expected);
    }

    @Test
    void newYorkFallBackDayHoldsTwentyFiveHoursOfEnergy() {
        List<BigDecimal> hours = steadyProfile("2026-11-01", "2026-11-02", NEW_YORK);
        assertThat(hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(wh("10000"));
    }

    @Test
    void localHoursFollowTheZoneNotUtc() {
        List<BigDecimal> hours = profile(local("2026-11-02T00:00", NEW_YORK),
                local("2026-11-03T00:00", NEW_YORK), List.of(quarter("2026-11-02T14:15:00Z", 120)), NEW_YORK);
        assertThat(hours.get(9)).isEqualTo(wh("120"));
        assertThat(hours.get(14)).isEqualTo(wh("0"));
    }
}
