package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.energytracking.analytics.entity.UsageFixtures.BERLIN;
import static org.energytracking.analytics.entity.UsageFixtures.at;
import static org.energytracking.analytics.entity.UsageFixtures.local;
import static org.energytracking.analytics.entity.UsageFixtures.priced;
import static org.energytracking.analytics.entity.UsageFixtures.quarter;
import static org.energytracking.analytics.entity.UsageFixtures.wh;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One Monday in Berlin against the Sunday before it, every figure worked out by hand. */
class ConsumptionAnalysisTest {

    private static final Instant MONDAY = local("2026-03-02T00:00", BERLIN);
    private static final Instant TUESDAY = local("2026-03-03T00:00", BERLIN);
    private static final ComparedPeriods MONDAY_OVER = ComparedPeriods.of(MONDAY, TUESDAY, BERLIN, TUESDAY);
    private static final Map<LocalDate, BigDecimal> STANDING = Map.of(
            LocalDate.of(2026, 3, 1), new BigDecimal("0.35"),
            LocalDate.of(2026, 3, 2), new BigDecimal("0.35"),
            LocalDate.of(2026, 3, 3), new BigDecimal("0.35"));
    private static final List<UsageQuarter> MONDAY_ENTRIES = List.of(
            priced("2026-03-01T23:00:00Z", 50, "0.01", "night"),
            priced("2026-03-01T23:00:00Z", 30, "0.006", "night"),
            priced("2026-03-02T01:15:00Z", 40, "0.008", "night"),
            priced("2026-03-02T03:45:00Z", 100, "0.02", "night"),
            priced("2026-03-02T07:00:00Z", 500, "0.15", "day"),
            new UsageQuarter(Instant.parse("2026-03-02T07:15:00Z").toEpochMilli(), 900, 450_000,
                    new BigDecimal("0.27"), "day"),
            quarter("2026-03-02T17:30:00Z", 300),
            quarter("2026-03-02T23:00:00Z", 999));
    private static final List<UsageQuarter> SUNDAY_ENTRIES = List.of(
            priced("2026-03-01T10:00:00Z", 1600, "0.48", "day"),
            quarter("2026-03-01T23:00:00Z", 999));

    private static ConsumptionAnalysis monday(BigDecimal floorAreaM2) {
        return ConsumptionAnalysis.of(MONDAY_ENTRIES, SUNDAY_ENTRIES, MONDAY_OVER, BERLIN, floorAreaM2, "EUR",
                STANDING);
    }

    @Test
    void totalsAndComparison() {
        PeriodComparison comparison = monday(null).comparison();
        assertThat(comparison.current()).isEqualTo(new PeriodTotals(MONDAY, TUESDAY, wh("1920"),
                new BigDecimal("0.81"), new BigDecimal("5.7")));
        assertThat(comparison.previous()).isEqualTo(new PeriodTotals(local("2026-03-01T00:00", BERLIN), MONDAY,
                wh("1600"), new BigDecimal("0.83"), new BigDecimal("1.0")));
        assertThat(comparison.energyChangeWh()).isEqualTo(wh("320"));
        assertThat(comparison.energyChangePercent()).isEqualTo(new BigDecimal("20.0"));
        assertThat(comparison.costChange()).isEqualTo(new BigDecimal("-0.02"));
        assertThat(comparison.costChangePercent()).isEqualTo(new BigDecimal("-1.9"));
        assertThat(comparison.comparedUntil()).isNull();
    }

    @Test
    void aRunningDayIsComparedWithThePreviousDayUpToTheSameTimeButAnalysedWhole() {
        Instant now = at("2026-03-02T07:20:00Z");
        ConsumptionAnalysis analysis = ConsumptionAnalysis.of(
                List.of(quarter("2026-03-02T06:00:00Z", 400), quarter("2026-03-02T07:15:00Z", 100)),
                List.of(quarter("2026-03-01T06:00:00Z", 200), quarter("2026-03-01T07:15:00Z", 800)),
                ComparedPeriods.of(MONDAY, TUESDAY, BERLIN, now), BERLIN, null, null, Map.of());
        PeriodComparison comparison = analysis.comparison();
        assertThat(comparison.comparedUntil()).isEqualTo(at("2026-03-02T07:15:00Z"));
        assertThat(comparison.current().to()).isEqualTo(at("2026-03-02T07:15:00Z"));
        assertThat(comparison.previous().to()).isEqualTo(at("2026-03-01T07:15:00Z"));
        assertThat(comparison.current().energyWh()).isEqualTo(wh("400"));
        assertThat(comparison.previous().energyWh()).isEqualTo(wh("200"));
        assertThat(comparison.energyChangePercent()).isEqualTo(new BigDecimal("100.0"));
        assertThat(analysis.dailyProfile().averageWhByHour().get(8)).isEqualTo(wh("100"));
    }

    @Test
    void profileHeatMapPeakAndBaseLoad() {
        ConsumptionAnalysis analysis = monday(null);
        List<BigDecimal> hours = analysis.dailyProfile().averageWhByHour();
        assertThat(hours.get(0)).isEqualTo(wh("80"));
        assertThat(hours.get(2)).isEqualTo(wh("40"));
        assertThat(hours.get(4)).isEqualTo(wh("100"));
        assertThat(hours.get(8)).isEqualTo(wh("1400"));
        assertThat(hours.get(18)).isEqualTo(wh("300"));
        assertThat(hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(wh("1920"));
        assertThat(analysis.heatMap().averageWhByWeekdayAndHour().get(0)).isEqualTo(hours);
        assertThat(analysis.peakDemand())
                .isEqualTo(new PeakDemand(new BigDecimal("2000.000"), OffsetDateTime.parse("2026-03-02T08:00+01:00")));
        assertThat(analysis.baseLoadW()).isEqualTo(new BigDecimal("160.000"));
    }

    @Test
    void windowSharesAddUpToTheTotal() {
        assertThat(monday(null).windowShares()).containsExactly(
                new WindowShare("day", wh("1400"), new BigDecimal("0.42"), new BigDecimal("72.9")),
                new WindowShare("night", wh("220"), new BigDecimal("0.04"), new BigDecimal("11.5")),
                new WindowShare(null, wh("300"), null, new BigDecimal("15.6")));
    }

    @Test
    void energyPerSquareMetreOfFloorArea() {
        assertThat(monday(new BigDecimal("120")).kwhPerM2()).isEqualTo(new BigDecimal("0.016"));
        assertThat(monday(new BigDecimal("7")).kwhPerM2()).isEqualTo(new BigDecimal("0.274"));
        assertThat(monday(null).kwhPerM2()).isNull();
    }

    @Test
    void aFloorAreaMustBePositive() {
        assertThatThrownBy(() -> monday(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zoneAndCurrencyAreNamed() {
        ConsumptionAnalysis analysis = monday(null);
        assertThat(analysis.zone()).isEqualTo("Europe/Berlin");
        assertThat(analysis.currency()).isEqualTo("EUR");
    }

    @Test
    void anEmptyPeriodHasZerosAndNullsNotErrors() {
        ConsumptionAnalysis analysis = ConsumptionAnalysis.of(List.of(), List.of(), MONDAY_OVER, BERLIN,
                BigDecimal.TEN, null, Map.of());
        assertThat(analysis.comparison().current().energyWh()).isEqualTo(wh("0"));
        assertThat(analysis.comparison().current().cost()).isNull();
        assertThat(analysis.comparison().energyChangePercent()).isNull();
        assertThat(analysis.peakDemand()).isNull();
        assertThat(analysis.baseLoadW()).isNull();
        assertThat(analysis.windowShares()).isEmpty();
        assertThat(analysis.kwhPerM2()).isEqualTo(new BigDecimal("0.000"));
    }
}
