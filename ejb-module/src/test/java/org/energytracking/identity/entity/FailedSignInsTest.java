package org.energytracking.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theFirstFailuresCostNothing() {
        FailedSignIns failures = new FailedSignIns();
        failures.failed(NOW);
        failures.failed(NOW);
        assertThat(failures.secondsToWait(NOW)).isZero();
    }

    @Test
    void fromTheThirdFailureTheWaitDoubles() {
        FailedSignIns failures = failedTimes(3);
        assertThat(failures.secondsToWait(NOW)).isBetween(5L, 6L);
        assertThat(failures.secondsToWait(NOW.plusSeconds(5))).isZero();
        failures.failed(NOW);
        assertThat(failures.secondsToWait(NOW)).isBetween(10L, 11L);
    }

    @Test
    void theTenthFailureLocksForAQuarterOfAnHour() {
        FailedSignIns failures = failedTimes(FailedSignIns.LOCK_AFTER);
        assertThat(failures.secondsToWait(NOW.plusSeconds(14 * 60))).isPositive();
        assertThat(failures.secondsToWait(NOW.plusSeconds(15 * 60))).isZero();
    }

    @Test
    void aSuccessStartsOver() {
        FailedSignIns failures = failedTimes(5);
        failures.succeeded();
        assertThat(failures.count()).isZero();
        assertThat(failures.secondsToWait(NOW)).isZero();
    }

    private static FailedSignIns failedTimes(int times) {
        FailedSignIns failures = new FailedSignIns();
        for (int i = 0; i < times; i++) {
            failures.failed(NOW);
        }
        return failures;
    }
}
