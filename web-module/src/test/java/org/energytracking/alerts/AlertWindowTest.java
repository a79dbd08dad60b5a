package org.energytracking.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertWindowTest {

    private static final Instant OPENED = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aFreshOpenAlertShowsTwoHoursBeforeToAnHourAfter() {
        AlertWindow window = AlertWindow.around(OPENED, null, OPENED.plusSeconds(60));
        assertThat(window.from()).isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(window.to()).isEqualTo(Instant.parse("2026-12-04T11:00:00Z"));
    }

    @Test
    void anAlertStillOpenAfterAnHourShowsUntilNow() {
        assertThat(AlertWindow.around(OPENED, null, Instant.parse("2026-12-04T13:30:00Z")).to())
                .isEqualTo(Instant.parse("2026-12-04T13:30:00Z"));
    }

    @Test
    void aResolvedAlertShowsAQuarterHourPastItsResolution() {
        assertThat(AlertWindow.around(OPENED, Instant.parse("2026-12-04T12:00:00Z"), Instant.parse("2026-12-06T00:00:00Z")).to())
                .isEqualTo(Instant.parse("2026-12-04T12:15:00Z"));
        assertThat(AlertWindow.around(OPENED, Instant.parse("2026-12-04T10:05:00Z"), Instant.parse("2026-12-06T00:00:00Z")).to())
                .as("at least an hour after it opened").isEqualTo(Instant.parse("2026-12-04T11:00:00Z"));
    }

    @Test
    void aLongAlertShowsItsFirstDayOnly() {
        assertThat(AlertWindow.around(OPENED, null, Instant.parse("2026-12-09T00:00:00Z")).to())
                .isEqualTo(Instant.parse("2026-12-05T10:00:00Z"));
    }
}
