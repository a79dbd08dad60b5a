package org.energytracking.notify.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final Instant first = Instant.parse("2026-12-04T10:00:00Z");
    private final RetrySchedule schedule = RetrySchedule.DEFAULT;

    @Test
    void waitsDoubleFromThirtySeconds() {
        assertThat(schedule.next(first, 1, first)).contains(first.plusSeconds(30));
        assertThat(schedule.next(first, 2, first)).contains(first.plusSeconds(60));
        assertThat(schedule.next(first, 4, first)).contains(first.plusSeconds(240));
    }

    @Test
    void neverWaitsLongerThanAnHour() {
        assertThat(schedule.next(first, 30, first.plus(Duration.ofHours(2)))).contains(first.plus(Duration.ofHours(3)));
    }

    @Test
    void givesUpOnceTheNextTryWouldBeMoreThanADayAfterTheFirst() {
        assertThat(schedule.next(first, 40, first.plus(Duration.ofMinutes(23 * 60 + 1)))).isEmpty();
        assertThat(schedule.next(first, 40, first.plus(Duration.ofMinutes(22 * 60 + 59)))).isPresent();
    }

    @Test
    void aScheduleOfSecondsServesTests() {
        RetrySchedule quick = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(20));
        assertThat(quick.next(first, 5, first)).contains(first.plusSeconds(4));
        assertThat(quick.next(first, 5, first.plusSeconds(17))).isEmpty();
    }
}
