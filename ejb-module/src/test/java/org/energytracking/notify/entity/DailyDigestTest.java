package org.energytracking.notify.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DailyDigestTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final DailyDigest seven = new DailyDigest(LocalTime.of(7, 0));

    @Test
    void beforeSevenLocalIsTodaysDigest() {
        // 05:30 in Berlin (UTC+1 in December)
        assertThat(seven.next(Instant.parse("2026-12-04T04:30:00Z"), BERLIN)).isEqualTo(Instant.parse("2026-12-04T06:00:00Z"));
    }

    @Test
    void atOrAfterSevenIsTomorrows() {
        assertThat(seven.next(Instant.parse("2026-12-04T06:00:00Z"), BERLIN)).isEqualTo(Instant.parse("2026-12-05T06:00:00Z"));
        assertThat(seven.next(Instant.parse("2026-12-04T22:59:00Z"), BERLIN)).isEqualTo(Instant.parse("2026-12-05T06:00:00Z"));
    }

    @Test
    void aTimeTheSpringClockChangeSkipsComesAnHourLaterNotNever() {
        // 29 March 2026: Berlin's clocks go from 02:00 to 03:00, so 02:30 does not exist that day
        DailyDigest halfPastTwo = new DailyDigest(LocalTime.of(2, 30));
        assertThat(halfPastTwo.next(Instant.parse("2026-03-28T23:00:00Z"), BERLIN)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }
}
