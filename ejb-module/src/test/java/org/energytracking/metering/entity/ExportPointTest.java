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
}
