package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EnergySeriesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Function<LocalDate, StandingCharges.Day> HALF_A_EURO =
            day -> new StandingCharges.Day(new BigDecimal("0.50"), "EUR");

    @Test
    void everyBucketOfTheRangeAppearsAndRowsLandInTheBucketHoldingTheirStart() {
        List<Bucket> days = Resolution.DAY.buckets(day(2026, 10, 24), day(2026, 10, 27), BERLIN);
        List<RollupRow> rows = List.of(row(day(2026, 10, 25), 25_000, 25 * 3_600_000L, "5.25"));

        List<EnergyPoint> points = EnergySeries.of(days, Resolution.DAY, BERLIN, rows, 1, HALF_A_EURO, TODAY);

        assertThat(points).hasSize(3);
        assertThat(points.get(0).displayEnergyWh()).isNull();
        assertThat(points.get(0).complete()).isFalse();
        assertThat(points.get(0).displayCost()).isEqualByComparingTo("0.50");
        assertThat(points.get(1).displayEnergyWh()).isEqualByComparingTo("25000.000");
        assertThat(points.get(1).complete()).as("a 25-hour day known for 25 hours").isTrue();
        assertThat(points.get(1).displayCost()).isEqualByComparingTo("5.75");
    }

    @Test
    void aMonthSumsItsDaysAndTheStandingChargesOfItsDaysUpToToday() {
        List<Bucket> month = Resolution.MONTH.buckets(day(2026, 11, 1), day(2026, 12, 1), BERLIN);
        List<RollupRow> rows = List.of(row(day(2026, 11, 2), 1000, 86_400_000L, "0.21"),
                row(day(2026, 11, 3), 2000, 86_400_000L, "0.42"));

        EnergyPoint november = EnergySeries.of(month, Resolution.MONTH, BERLIN, rows, 1, HALF_A_EURO, TODAY).get(0);

        assertThat(november.displayEnergyWh()).isEqualByComparingTo("3000.000");
        assertThat(november.displayCost()).as("0.63 + 27 days × 0.50").isEqualByComparingTo("14.13");
        assertThat(november.complete()).isFalse();
    }

    @Test
    void hoursCarryNoStandingChargeAndASiteIsCompleteOnlyWhenEveryDeviceIs() {
        List<Bucket> hour = Resolution.HOUR.buckets(day(2026, 11, 2), day(2026, 11, 2).plusSeconds(3600), BERLIN);
        RollupRow both = row(hour.get(0).start(), 1500, 2 * 3_600_000L, "0.30");
        RollupRow one = row(hour.get(0).start(), 1500, 3_600_000L, "0.30");

        assertThat(EnergySeries.of(hour, Resolution.HOUR, BERLIN, List.of(both), 2, HALF_A_EURO, TODAY).get(0))
                .satisfies(p -> assertThat(p.complete()).isTrue())
                .satisfies(p -> assertThat(p.displayCost()).isEqualByComparingTo("0.30"))
                .satisfies(p -> assertThat(p.powerAvgW()).isEqualTo(1500.0));
        assertThat(EnergySeries.of(hour, Resolution.HOUR, BERLIN, List.of(one), 2, HALF_A_EURO, TODAY).get(0).complete())
                .isFalse();
    }

    @Test
    void costIsRoundedHalfEvenToTheCurrencysMinorUnitOnlyForDisplay() {
        Bucket bucket = new Bucket(day(2026, 11, 2), day(2026, 11, 3));
        assertThat(point(bucket, "1.125", "EUR").displayCost()).isEqualByComparingTo("1.12");
        assertThat(point(bucket, "1.135", "EUR").displayCost()).isEqualByComparingTo("1.14");
        assertThat(point(bucket, "1234.5", "JPY").displayCost()).isEqualByComparingTo("1234");
        assertThat(point(bucket, "1.125", "EUR").cost()).isEqualByComparingTo("1.125");
    }

    @Test
    void withoutKnownEnergyTheAveragePowerIsTheMeanOfTheReportedPower() {
        Bucket quarter = new Bucket(day(2026, 11, 2), day(2026, 11, 2).plusSeconds(900));
        EnergyPoint point = new EnergyPoint(quarter, 0, 0, 1, 2, 2400, 1300.0, null, null);
        assertThat(point.powerAvgW()).isEqualTo(1200.0);
        assertThat(point.displayEnergyWh()).isNull();
    }

    private static EnergyPoint point(Bucket bucket, String cost, String currency) {
        return new EnergyPoint(bucket, 1, 1, 1, 0, 0, null, new BigDecimal(cost), currency);
    }

    private static RollupRow row(Instant at, double wh, long knownMs, String cost) {
        return new RollupRow(at.toEpochMilli(), wh, knownMs, 0, 0, null, new BigDecimal(cost), "EUR");
    }

    private static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(BERLIN).toInstant();
    }
}
