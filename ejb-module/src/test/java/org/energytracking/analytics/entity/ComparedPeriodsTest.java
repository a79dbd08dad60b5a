package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.energytracking.analytics.entity.UsageFixtures.BERLIN;
import static org.energytracking.analytics.entity.UsageFixtures.at;
import static org.energytracking.analytics.entity.UsageFixtures.local;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ComparedPeriodsTest {

    private static ComparedPeriods day(String date, String now) {
        return ComparedPeriods.of(local(date + "T00:00", BERLIN), local(date + "T00:00", BERLIN).atZone(BERLIN)
                .plusDays(1).toLocalDate().atStartOfDay(BERLIN).toInstant(), BERLIN, local(now, BERLIN));
    }

    @Test
    void aPeriodThatIsOverIsComparedWholeWithTheOneBefore() {
        ComparedPeriods week = ComparedPeriods.of(at("2026-03-09T00:00:00Z"), at("2026-03-16T00:00:00Z"), BERLIN,
                at("2026-03-20T00:00:00Z"));
        assertThat(week.partial()).isFalse();
        assertThat(week.previousFrom()).isEqualTo(at("2026-03-02T00:00:00Z"));
        assertThat(week.until()).isEqualTo(week.to());
        assertThat(week.previousUntil()).isEqualTo(week.from());
    }

    @Test
    void todayIsComparedWithYesterdayUpToTheSameTimeOfDayAtItsLastWholeQuarterHour() {
        ComparedPeriods today = day("2026-03-10", "2026-03-10T10:07");
        assertThat(today.partial()).isTrue();
        assertThat(today.until()).isEqualTo(local("2026-03-10T10:00", BERLIN));
        assertThat(today.previousFrom()).isEqualTo(local("2026-03-09T00:00", BERLIN));
        assertThat(today.previousUntil()).isEqualTo(local("2026-03-09T10:00", BERLIN));
    }

    @Test
    void justAfterMidnightNothingIsComparedYet() {
        ComparedPeriods today = day("2026-03-10", "2026-03-10T00:05");
        assertThat(today.until()).isEqualTo(today.from());
        assertThat(today.previousUntil()).isEqualTo(today.previousFrom());
        assertThat(today.comparedPart().quarterStarts()).isEmpty();
        assertThat(today.comparedPreviousPart().quarterStarts()).isEmpty();
    }

    @Test
    void onTheDayTheClocksGoForwardTheSameLocalTimeYesterdayIsAnHourFurtherIn() {
        ComparedPeriods springForward = day("2026-03-29", "2026-03-29T10:00");
        assertThat(springForward.until()).isEqualTo(at("2026-03-29T08:00:00Z"));
        assertThat(springForward.previousFrom()).isEqualTo(local("2026-03-28T00:00", BERLIN));
        assertThat(springForward.previousUntil()).isEqualTo(at("2026-03-28T09:00:00Z"));
        assertThat(Duration.between(springForward.from(), springForward.until())).isEqualTo(Duration.ofHours(9));
        assertThat(Duration.between(springForward.previousFrom(), springForward.previousUntil()))
                .isEqualTo(Duration.ofHours(10));
    }

    @Test
    void theDayAfterATimeThatDidNotExistYesterdayCutsYesterdayAfterTheGap() {
        ComparedPeriods dayAfter = day("2026-03-30", "2026-03-30T02:30");
        assertThat(dayAfter.previousFrom()).isEqualTo(local("2026-03-29T00:00", BERLIN));
        assertThat(dayAfter.previousUntil()).isEqualTo(local("2026-03-29T03:30", BERLIN));
    }

    @Test
    void onTheDayTheClocksGoBackTheComparisonStillCutsAtTheSameLocalTime() {
        ComparedPeriods fallBack = day("2026-10-25", "2026-10-25T12:00");
        assertThat(fallBack.previousUntil()).isEqualTo(local("2026-10-24T12:00", BERLIN));
        assertThat(Duration.between(fallBack.from(), fallBack.until())).isEqualTo(Duration.ofHours(13));
    }

    @Test
    void aMonthOfLocalDaysHasAsManyDaysBeforeIt() {
        ComparedPeriods march = ComparedPeriods.of(local("2026-03-01T00:00", BERLIN), local("2026-04-01T00:00", BERLIN),
                BERLIN, local("2026-03-10T12:00", BERLIN));
        assertThat(march.previousFrom()).isEqualTo(local("2026-01-29T00:00", BERLIN));
        assertThat(march.previousUntil()).isEqualTo(local("2026-02-07T12:00", BERLIN));
    }

    @Test
    void aPeriodNotOfWholeDaysIsCutAsFarIntoThePreviousOneAsItHasRun() {
        ComparedPeriods hours = ComparedPeriods.of(at("2026-03-29T00:30:00Z"), at("2026-03-29T06:30:00Z"), BERLIN,
                at("2026-03-29T02:40:00Z"));
        assertThat(hours.previousFrom()).isEqualTo(at("2026-03-28T18:30:00Z"));
        assertThat(hours.until()).isEqualTo(at("2026-03-29T02:30:00Z"));
        assertThat(hours.previousUntil()).isEqualTo(at("2026-03-28T20:30:00Z"));
    }

    @Test
    void aPeriodThatHasNotBegunComparesNothingYet() {
        ComparedPeriods future = day("2026-03-12", "2026-03-10T10:00");
        assertThat(future.partial()).isTrue();
        assertThat(future.until()).isEqualTo(future.from());
        assertThat(future.previousUntil()).isEqualTo(future.previousFrom());
    }

    @Test
    void aPeriodMustEndAfterItStarts() {
        Instant start = at("2026-03-09T00:00:00Z");
        assertThatThrownBy(() -> ComparedPeriods.of(start, start, BERLIN, start)).isInstanceOf(IllegalArgumentException.class);
    }
}
