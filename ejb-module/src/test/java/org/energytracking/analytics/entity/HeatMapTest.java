package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.analytics.entity.UsageFixtures.BERLIN;
import static org.energytracking.analytics.entity.UsageFixtures.UTC;
import static org.energytracking.analytics.entity.UsageFixtures.at;
import static org.energytracking.analytics.entity.UsageFixtures.quarter;
import static org.energytracking.analytics.entity.UsageFixtures.steadyDays;
import static org.energytracking.analytics.entity.UsageFixtures.steadyHoursExcept;
import static org.energytracking.analytics.entity.UsageFixtures.usage;
import static org.energytracking.analytics.entity.UsageFixtures.wh;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatMapTest {

    private static final int MONDAY = 0;
    private static final int TUESDAY = 1;
    private static final int SATURDAY = 5;
    private static final int SUNDAY = 6;

    @Test
    void sevenRowsOf24HoursMondayFirst() {
        Instant monday = at("2026-03-09T00:00:00Z");
        List<List<BigDecimal>> rows = HeatMap.of(usage(monday, at("2026-03-16T00:00:00Z"),
                List.of(quarter("2026-03-09T08:00:00Z", 30), quarter("2026-03-15T21:15:00Z", 70))), UTC)
                .averageWhByWeekdayAndHour();
        assertThat(rows).hasSize(7).allSatisfy(row -> assertThat(row).hasSize(24));
        assertThat(rows.get(MONDAY).get(8)).isEqualTo(wh("30"));
        assertThat(rows.get(SUNDAY).get(21)).isEqualTo(wh("70"));
        assertThat(rows.get(TUESDAY).get(8)).isEqualTo(wh("0"));
    }

    @Test
    void eachCellIsAveragedOverThatWeekdaysDaysInThePeriod() {
        List<List<BigDecimal>> rows = HeatMap.of(usage(at("2026-03-09T00:00:00Z"), at("2026-03-24T00:00:00Z"), List.of(
                quarter("2026-03-09T08:00:00Z", 30),
                quarter("2026-03-16T08:15:00Z", 60),
                quarter("2026-03-23T08:30:00Z", 0),
                quarter("2026-03-10T08:00:00Z", 90))), UTC).averageWhByWeekdayAndHour();
        assertThat(rows.get(MONDAY).get(8)).isEqualTo(wh("30"));
        assertThat(rows.get(TUESDAY).get(8)).isEqualTo(wh("45"));
    }

    @Test
    void weekdaysThePeriodDoesNotHoldAreNull() {
        List<List<BigDecimal>> rows = HeatMap.of(usage(at("2026-03-09T00:00:00Z"), at("2026-03-10T00:00:00Z"),
                List.of(quarter("2026-03-09T08:00:00Z", 30))), UTC).averageWhByWeekdayAndHour();
        assertThat(rows.get(MONDAY)).doesNotContainNull();
        assertThat(rows.subList(TUESDAY, 7)).allSatisfy(row -> assertThat(row).containsOnlyNulls());
    }

    @Test
    void berlinSpringForwardSundayHasNoTwoOClock() {
        List<List<BigDecimal>> rows = HeatMap.of(steadyDays("2026-03-28", "2026-03-30", BERLIN), BERLIN)
                .averageWhByWeekdayAndHour();
        assertThat(rows.get(SATURDAY)).containsExactlyElementsOf(steadyHoursExcept(2, wh("400")));
        assertThat(rows.get(SUNDAY)).containsExactlyElementsOf(steadyHoursExcept(2, null));
    }

    @Test
    void berlinFallBackSundayCountsBothRunsOfTwoOClock() {
        List<List<BigDecimal>> rows = HeatMap.of(steadyDays("2026-10-25", "2026-10-26", BERLIN), BERLIN)
                .averageWhByWeekdayAndHour();
        assertThat(rows.get(SUNDAY)).containsExactlyElementsOf(steadyHoursExcept(2, wh("800")));
    }
}
