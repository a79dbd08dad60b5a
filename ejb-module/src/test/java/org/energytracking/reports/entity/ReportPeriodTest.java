package org.energytracking.reports.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void weekStartsOnMondayAndCarriesTheIsoWeekKey() {
        ReportPeriod week = ReportPeriod.containing(Cadence.WEEKLY, LocalDate.of(2026, 11, 22)); // a Sunday
        assertThat(week.first()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.key()).isEqualTo("2026-W47");
        assertThat(ReportPeriod.parse(Cadence.WEEKLY, "2026-W47")).isEqualTo(week);
    }

    @Test
    void weekOneOfAYearMayStartInDecember() {
        ReportPeriod week = ReportPeriod.parse(Cadence.WEEKLY, "2026-W01");
        assertThat(week.first()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(week.key()).isEqualTo("2026-W01");
    }

    @Test
    void monthKeyParsesBackAndSteps() {
        ReportPeriod november = ReportPeriod.parse(Cadence.MONTHLY, "2026-11");
        assertThat(november.first()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.end()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(november.days()).isEqualTo(30);
        assertThat(november.previous().key()).isEqualTo("2026-10");
        assertThat(november.next().key()).isEqualTo("2026-12");
        assertThat(november.yearBefore().key()).isEqualTo("2025-11");
        assertThat(november.label()).isEqualTo("November 2026");
    }

    @Test
    void yearIsShownByMonthsAndLeapYearsHave366Days() {
        ReportPeriod year = ReportPeriod.parse(Cadence.YEARLY, "2028");
        assertThat(year.days()).isEqualTo(366);
        assertThat(year.byMonths()).isTrue();
        assertThat(year.previous().key()).isEqualTo("2027");
        assertThat(ReportPeriod.containing(Cadence.YEARLY, LocalDate.of(2026, 7, 4)).key()).isEqualTo("2026");
    }

    @Test
    void octoberInBerlinIsOneHourLongerThan31Days() {
        ReportPeriod october = ReportPeriod.parse(Cadence.MONTHLY, "2026-10");
        assertThat(Duration.between(october.from(BERLIN), october.to(BERLIN))).isEqualTo(Duration.ofHours(31 * 24 + 1));
        assertThat(october.from(BERLIN)).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    }

    @Test
    void springForwardDayIs23Hours() {
        ReportPeriod day = ReportPeriod.parse(Cadence.DAILY, "2026-03-29");
        assertThat(Duration.between(day.from(BERLIN), day.to(BERLIN))).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void dueAtTheDeliveryTimeOnTheDayAfter() {
        ReportPeriod november = ReportPeriod.parse(Cadence.MONTHLY, "2026-11");
        assertThat(november.dueAt(BERLIN, LocalTime.of(6, 0))).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        // 02:30 does not exist on 29 March 2026 in Berlin: it moves on to 03:30 CEST
        ReportPeriod saturday = ReportPeriod.parse(Cadence.DAILY, "2026-03-28");
        assertThat(saturday.dueAt(BERLIN, LocalTime.of(2, 30))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void weekAYearBeforeIsFiftyTwoWeeksBack() {
        ReportPeriod week = ReportPeriod.parse(Cadence.WEEKLY, "2026-W47");
        assertThat(week.yearBefore().first()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(week.yearBefore().key()).isEqualTo("2025-W47");
    }

    @Test
    void customRangeComparesWithAsManyDaysBefore() {
        ReportPeriod range = ReportPeriod.custom(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20));
        assertThat(range.previous()).isEqualTo(ReportPeriod.custom(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 10)));
        assertThat(range.key()).isEqualTo("2026-11-10..2026-11-20");
        assertThat(range.label()).isEqualTo("10 Nov 2026 – 19 Nov 2026");
    }

    @Test
    void refusesAMalformedKey() {
        assertThatThrownBy(() -> ReportPeriod.parse(Cadence.MONTHLY, "2026-13")).hasMessageContaining("not a monthly period");
        assertThatThrownBy(() -> ReportPeriod.parse(Cadence.WEEKLY, "2026-11")).hasMessageContaining("not a weekly period");
    }
}
