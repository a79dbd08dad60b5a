package org.energytracking.devices.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final Instant MINUTE_AGO = NOW.minusSeconds(60);
    private static final Instant HOUR_AGO = NOW.minusSeconds(3600);

    @Test
    void aLastWillNewerThanTheLastReadingCountsAtOnce() {
        assertThat(Availability.online(MINUTE_AGO, false, NOW, NOW)).isFalse();
        assertThat(Availability.said(false, MINUTE_AGO, false, NOW)).contains(NOW);
    }

    @Test
    void aReadingAfterTheWordOverridesIt() {
        assertThat(Availability.online(NOW, false, MINUTE_AGO, NOW)).isTrue();
        assertThat(Availability.said(false, NOW, false, MINUTE_AGO)).isEmpty();
    }

    @Test
    void saidOnlineWithoutReadingsIsOnlineAndWithoutAnyWordTheFiveMinuteWindowDecides() {
        assertThat(Availability.online(null, true, MINUTE_AGO, NOW)).isTrue();
        assertThat(Availability.online(MINUTE_AGO, null, null, NOW)).isTrue();
        assertThat(Availability.online(HOUR_AGO, null, null, NOW)).isFalse();
        assertThat(Availability.said(true, null, true, MINUTE_AGO)).contains(MINUTE_AGO);
    }
}
