package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.energytracking.analytics.entity.UsageFixtures.BERLIN;
import static org.energytracking.analytics.entity.UsageFixtures.local;
import static org.energytracking.analytics.entity.UsageFixtures.at;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnalysisPeriodTest {

    @Test
    void containsItsStartButNotItsEnd() {
        AnalysisPeriod hour = new AnalysisPeriod(at("2026-03-09T10:00:00Z"), at("2026-03-09T11:00:00Z"));
        assertThat(hour.contains(at("2026-03-09T10:00:00Z").toEpochMilli())).isTrue();
        assertThat(hour.contains(at("2026-03-09T10:59:59.999Z").toEpochMilli())).isTrue();
        assertThat(hour.contains(at("2026-03-09T11:00:00Z").toEpochMilli())).isFalse();
        assertThat(hour.contains(at("2026-03-09T09:59:59.999Z").toEpochMilli())).isFalse();
    }

    @Test
    void aUtcDayHolds96Quarters() {
        assertThat(new AnalysisPeriod(at("2026-03-09T00:00:00Z"), at("2026-03-10T00:00:00Z")).quarterStarts())
                .hasSize(96);
    }

    @Test
    void quartersAreUtcAlignedEvenWhenThePeriodIsNot() {
        AnalysisPeriod odd = new AnalysisPeriod(at("2026-03-09T10:05:00Z"), at("2026-03-09T10:45:00Z"));
        assertThat(odd.quarterStarts()).containsExactly(
                at("2026-03-09T10:15:00Z").toEpochMilli(), at("2026-03-09T10:30:00Z").toEpochMilli());
    }

    @Test
    void aDayBelongsToThePeriodItsMidnightIsIn() {
        AnalysisPeriod springForwardWeekend = new AnalysisPeriod(local("2026-03-28T00:00", BERLIN),
                local("2026-03-30T00:00", BERLIN));
        assertThat(springForwardWeekend.daysStartingIn(BERLIN))
                .containsExactly(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29));
        AnalysisPeriod noonToNoon = new AnalysisPeriod(local("2026-03-28T12:00", BERLIN),
                local("2026-03-29T12:00", BERLIN));
        assertThat(noonToNoon.daysStartingIn(BERLIN)).containsExactly(LocalDate.of(2026, 3, 29));
    }

    @Test
    void aPeriodMayBeEmptyButNotEndBeforeItStarts() {
        AnalysisPeriod empty = new AnalysisPeriod(at("2026-03-09T00:00:00Z"), at("2026-03-09T00:00:00Z"));
        assertThat(empty.quarterStarts()).isEmpty();
        assertThat(empty.daysStartingIn(BERLIN)).isEmpty();
        assertThatThrownBy(() -> new AnalysisPeriod(at("2026-03-09T00:00:00Z"), at("2026-03-08T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
