package org.energytracking.alerts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BudgetPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void aWeekStartsOnMondayInTheSitesZone() {
        // Sunday 23:30 UTC is already Monday in Berlin
        Instant at = Instant.parse("2026-12-06T23:30:00Z");
        assertThat(BudgetPeriod.WEEK.from(at, BERLIN)).isEqualTo("2026-12-06T23:00:00Z");
        assertThat(BudgetPeriod.WEEK.to(at, BERLIN)).isEqualTo("2026-12-13T23:00:00Z");
        assertThat(BudgetPeriod.WEEK.from(at, UTC)).isEqualTo("2026-11-30T00:00:00Z");
        assertThat(BudgetPeriod.WEEK.to(at, UTC)).isEqualTo("2026-12-07T00:00:00Z");
    }

    @Test
    void theDayTheClocksGoForwardHas23Hours() {
        Instant noon = Instant.parse("2026-03-29T12:00:00Z");
        assertThat(BudgetPeriod.DAY.from(noon, BERLIN)).isEqualTo("2026-03-28T23:00:00Z");
        assertThat(BudgetPeriod.DAY.to(noon, BERLIN)).isEqualTo("2026-03-29T22:00:00Z");
    }

    @Test
    void aMonthWhoseClocksGoBackEndsAnHourLaterInUtc() {
        Instant at = Instant.parse("2026-10-15T10:00:00Z");
        assertThat(BudgetPeriod.MONTH.from(at, BERLIN)).isEqualTo("2026-09-30T22:00:00Z");
        assertThat(BudgetPeriod.MONTH.to(at, BERLIN)).isEqualTo("2026-10-31T23:00:00Z");
    }

    @Test
    void aDayWithoutAMidnightStartsAtItsFirstInstant() {
        // Chile skips 00:00-01:00 on 6 September 2026
        ZoneId santiago = ZoneId.of("America/Santiago");
        Instant at = Instant.parse("2026-09-06T15:00:00Z");
        assertThat(BudgetPeriod.DAY.from(at, santiago)).isEqualTo("2026-09-06T04:00:00Z");
        assertThat(BudgetPeriod.DAY.to(at, santiago)).isEqualTo("2026-09-07T03:00:00Z");
    }

    @Test
    void theLastInstantOfAMonthIsStillInIt() {
        Instant last = Instant.parse("2026-12-31T22:59:59.999Z");
        assertThat(BudgetPeriod.MONTH.from(last, BERLIN)).isEqualTo("2026-11-30T23:00:00Z");
        assertThat(BudgetPeriod.MONTH.from(last.plusMillis(1), BERLIN)).isEqualTo("2026-12-31T23:00:00Z");
    }

    @Test
    void periodsHaveWords() {
        assertThat(BudgetPeriod.DAY.words(true)).isEqualTo("today");
        assertThat(BudgetPeriod.WEEK.words(true)).isEqualTo("this week");
        assertThat(BudgetPeriod.MONTH.words(false)).isEqualTo("that month");
        assertThat(BudgetPeriod.DAY.adjective()).isEqualTo("daily");
        assertThat(BudgetPeriod.WEEK.adjective()).isEqualTo("weekly");
        assertThat(BudgetPeriod.MONTH.adjective()).isEqualTo("monthly");
    }
}
