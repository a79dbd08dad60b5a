package org.energytracking.dashboard.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.energytracking.dashboard.entity.DashboardPeriod.Choice;
import org.energytracking.metering.entity.Resolution;
import org.junit.jupiter.api.Test;

class DashboardPeriodTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 26);

    @Test
    void todayIsOneDayByHoursAgainstYesterday() {
        DashboardPeriod today = DashboardPeriod.of(Choice.TODAY, THURSDAY, null, null);
        assertThat(today.resolution()).isEqualTo(Resolution.HOUR);
        assertThat(today.previous()).isEqualTo(new DashboardPeriod(THURSDAY.minusDays(1), THURSDAY));
    }

    @Test
    void aWeekRunsFromMondayByDaysAgainstTheWeekBefore() {
        DashboardPeriod week = DashboardPeriod.of(Choice.WEEK, THURSDAY, null, null);
        assertThat(week).isEqualTo(new DashboardPeriod(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30)));
        assertThat(week.resolution()).isEqualTo(Resolution.DAY);
        assertThat(week.previous().first()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aMonthIsTheCalendarMonthAndItsPreviousPeriodHasAsManyDays() {
        DashboardPeriod march = DashboardPeriod.of(Choice.MONTH, THURSDAY, null, null);
        assertThat(march.days()).isEqualTo(31);
        assertThat(march.previous()).isEqualTo(new DashboardPeriod(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aCustomPeriodIncludesItsLastDay() {
        DashboardPeriod custom = DashboardPeriod.of(Choice.CUSTOM, THURSDAY, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
        assertThat(custom.days()).isEqualTo(1);
        assertThat(custom.resolution()).isEqualTo(Resolution.HOUR);
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefused() {
        assertThatThrownBy(() -> DashboardPeriod.of(Choice.CUSTOM, THURSDAY, THURSDAY, THURSDAY.minusDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundsAreLocalMidnightsSoADaylightSavingDayHas23Hours() {
        DashboardPeriod springForward = DashboardPeriod.of(Choice.TODAY, LocalDate.of(2026, 3, 29), null, null);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(java.time.Duration.between(springForward.from(berlin), springForward.to(berlin)).toHours()).isEqualTo(23);
    }
}
