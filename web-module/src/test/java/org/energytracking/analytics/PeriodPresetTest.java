package org.energytracking.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodPresetTest {

    private static final LocalDate THURSDAY = LocalDate.parse("2026-11-26");

    private static PeriodPreset.Days days(PeriodPreset preset) {
        return preset.days(THURSDAY, LocalDate.parse("2026-10-12"), LocalDate.parse("2026-10-18"));
    }

    @Test
    void weeksStartOnMonday() {
        assertThat(days(PeriodPreset.THIS_WEEK)).isEqualTo(new PeriodPreset.Days(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30")));
        assertThat(days(PeriodPreset.LAST_WEEK)).isEqualTo(new PeriodPreset.Days(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-23")));
    }

    @Test
    void monthsAreWholeCalendarMonths() {
        assertThat(days(PeriodPreset.THIS_MONTH)).isEqualTo(new PeriodPreset.Days(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01")));
        assertThat(days(PeriodPreset.LAST_MONTH)).isEqualTo(new PeriodPreset.Days(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-01")));
    }

    @Test
    void theLast30DaysEndWithToday() {
        PeriodPreset.Days days = days(PeriodPreset.LAST_30_DAYS);
        assertThat(days.lastDay()).isEqualTo(THURSDAY);
        assertThat(days.from()).isEqualTo(LocalDate.parse("2026-10-28"));
    }

    @Test
    void customDatesIncludeTheLastDayAndMayComeReversed() {
        assertThat(days(PeriodPreset.CUSTOM)).isEqualTo(new PeriodPreset.Days(LocalDate.parse("2026-10-12"), LocalDate.parse("2026-10-19")));
        assertThat(PeriodPreset.CUSTOM.days(THURSDAY, LocalDate.parse("2026-10-18"), LocalDate.parse("2026-10-12")))
                .isEqualTo(new PeriodPreset.Days(LocalDate.parse("2026-10-12"), LocalDate.parse("2026-10-19")));
        assertThat(PeriodPreset.CUSTOM.days(THURSDAY, THURSDAY, THURSDAY).isOneDay()).isTrue();
    }
}
