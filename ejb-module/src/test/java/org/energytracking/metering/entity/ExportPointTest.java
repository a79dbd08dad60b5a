package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportPointTest {

    private static EnergyPoint point(String start, String end, double wh) {
        return new EnergyPoint(new Bucket(Instant.parse(start), Instant.parse(end)), wh, 0, 1, 0, 0, null, null, "EUR");
    }

    @Test
    void creditIsExportedKilowattHoursTimesTheDaysFeedInPriceAndNetIsCostMinusCredit() {
        List<ExportPoint> exports = ExportPoint.credited(List.of(point("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z", 6250)), List.of(),
                ZoneOffset.UTC, day -> Optional.of(new BigDecimal("0.082")));
        assertThat(exports.get(0).credit()).isEqualByComparingTo("0.5125");
        assertThat(exports.get(0).netOf(new BigDecimal("2.35"))).isEqualByComparingTo("1.8375");
        assertThat(exports.get(0).displayExportWh()).isEqualByComparingTo("6250.000");
    }

    @Test
    void aMonthIsCreditedDayByDayAtEachDaysPrice() {
        LocalDate change = LocalDate.of(2026, 3, 2);
        List<ExportPoint> month = ExportPoint.credited(List.of(point("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 3000)),
                List.of(point("2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z", 1000), point("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 2000)),
                ZoneOffset.UTC, day -> Optional.of(day.isBefore(change) ? new BigDecimal("0.10") : new BigDecimal("0.05")));
        assertThat(month.get(0).credit()).isEqualByComparingTo("0.20");
    }

    @Test
    void withoutAFeedInPriceNothingIsCreditedAndTheCostStands() {
        ExportPoint export = ExportPoint.credited(List.of(point("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z", 500)), List.of(),
                ZoneOffset.UTC, day -> Optional.empty()).get(0);
        assertThat(export.credit()).isNull();
        assertThat(export.netOf(new BigDecimal("1.00"))).isEqualByComparingTo("1.00");
    }

    @Test
    void theNetCostIsRoundedOnceToTheCentAfterTheCreditIsTaken() {
        ExportPoint export = new ExportPoint(new Bucket(Instant.parse("2026-03-10T00:00:00Z"), Instant.parse("2026-03-11T00:00:00Z")),
                6249.9996, new BigDecimal("0.5125"));
        assertThat(export.displayCredit("EUR").toPlainString()).isEqualTo("0.51");
        // 2.345 - 0.5125 = 1.8325 -> 1.83; rounding the credit first would give 2.345 - 0.51 = 1.835 -> 1.84
        assertThat(export.displayNetOf(new BigDecimal("2.345"), "EUR").toPlainString()).isEqualTo("1.83");
        assertThat(export.displayNetOf(null, "EUR")).isNull();
        assertThat(export.displayExportKwh().toPlainString()).isEqualTo("6.250");
        assertThat(export.displayCredit("JPY").toPlainString()).isEqualTo("1");
    }

    @Test
    void exportsAreMatchedToTheImportBucketsByTheirStartAndAreNullWhereNoneWasReported() {
        EnergyPoint first = point("2026-03-10T00:00:00Z", "2026-03-10T01:00:00Z", 100);
        EnergyPoint second = point("2026-03-10T01:00:00Z", "2026-03-10T02:00:00Z", 100);
        ExportPoint exported = new ExportPoint(second.bucket(), 40, null);
        assertThat(ExportPoint.alignedTo(List.of(first, second), List.of(exported))).containsExactly(null, exported);
        assertThat(ExportPoint.alignedTo(List.of(first), List.of())).containsExactly((ExportPoint) null);
    }
}
