package org.energytracking.notify.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void lateEveningIsHeldUntilSevenNextMorningLocal() {
        assertThat(night.holdUntil(Instant.parse("2026-12-04T22:30:00Z"), BERLIN)).contains(Instant.parse("2026-12-05T06:00:00Z"));
    }

    @Test
    void earlyMorningIsHeldUntilSevenTheSameDay() {
        assertThat(night.holdUntil(Instant.parse("2026-12-05T03:00:00Z"), BERLIN)).contains(Instant.parse("2026-12-05T06:00:00Z"));
    }

    @Test
    void daytimeGoesAtOnceAndTheEndItselfIsNotQuiet() {
        assertThat(night.holdUntil(Instant.parse("2026-12-05T12:00:00Z"), BERLIN)).isEmpty();
        assertThat(night.holdUntil(Instant.parse("2026-12-05T06:00:00Z"), BERLIN)).isEmpty();
    }

    @Test
    void aSpanWithinOneDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertThat(lunch.holdUntil(Instant.parse("2026-12-05T11:15:00Z"), BERLIN)).contains(Instant.parse("2026-12-05T12:30:00Z"));
        assertThat(lunch.covers(LocalTime.of(13, 30))).isFalse();
    }

    @Test
    void theNightOfTheSpringClockChangeEndsAtSevenSummerTime() {
        assertThat(night.holdUntil(Instant.parse("2027-03-27T23:00:00Z"), BERLIN)).contains(Instant.parse("2027-03-28T05:00:00Z"));
    }

    @Test
    void equalEndsMeanNoQuietHours() {
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).holdUntil(Instant.parse("2026-12-05T11:00:00Z"), BERLIN)).isEmpty();
    }
}
