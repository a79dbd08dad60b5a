package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayRangeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void spansEndAtTheStartOfEachMonthAndAtTheEnd() {
        List<DayRange> spans = DayRange.of(7, BERLIN, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 4, 5), 31);

        assertThat(spans).extracting(DayRange::day).containsExactly(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        assertThat(spans).extracting(DayRange::days).containsExactly(12, 28, 31, 4);
    }

    @Test
    void spansFollowEachOtherWithoutGapsAcrossDaylightSavingTime() {
        List<DayRange> spans = DayRange.of(7, BERLIN, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), 10);

        assertThat(spans).extracting(DayRange::days).containsExactly(10, 10, 10, 1);
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).fromTs()).isEqualTo(spans.get(i - 1).toTs());
        }
        // March 2026 in Berlin lost an hour on the 29th
        assertThat(spans.get(3).toTs() - spans.get(0).fromTs()).isEqualTo((31L * 24 - 1) * 3_600_000);
    }

    @Test
    void oneDayEachWhenAskedForDays() {
        assertThat(DayRange.of(7, BERLIN, LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 27)))
                .extracting(range -> (range.toTs() - range.fromTs()) / 3_600_000).containsExactly(24L, 25L, 24L);
    }
}
