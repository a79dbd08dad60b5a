package org.energytracking.cluster.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeaseTermTest {

    private static final Duration CONFIGURED = Duration.ofSeconds(30);

    @Test
    void aTimerTickingMoreOftenThanTheLeaseKeepsTheConfiguredLength() {
        assertThat(LeaseTerm.of(CONFIGURED, Duration.ofSeconds(5))).isEqualTo(CONFIGURED);
    }

    @Test
    void aTimerTickingLessOftenThanTheLeaseGetsTwoTicksSoTheHolderRenewsBeforeItRunsOut() {
        assertThat(LeaseTerm.of(CONFIGURED, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void aCalendarJobGetsTheConfiguredLength() {
        assertThat(LeaseTerm.of(CONFIGURED, Duration.ZERO)).isEqualTo(CONFIGURED);
    }

    @Test
    void secondsRoundUpSoALeaseNeverEndsBeforeItsTerm() {
        assertThat(LeaseTerm.seconds(Duration.ofMillis(2_001))).isEqualTo(3);
        assertThat(LeaseTerm.seconds(Duration.ofSeconds(30))).isEqualTo(30);
    }
}
