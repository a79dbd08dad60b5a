package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void secondsAreWaitedAsGiven() {
        assertThat(RetryAfter.of(Optional.of("7"))).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aMissingOrUnreadableValueWaitsASecond() {
        assertThat(RetryAfter.of(Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryAfter.of(Optional.of("Wed, 21 Oct 2026 07:28:00 GMT"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryAfter.of(Optional.of("0"))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aHugeValueIsCappedAtTwoMinutes() {
        assertThat(RetryAfter.of(Optional.of("86400"))).isEqualTo(Duration.ofMinutes(2));
    }
}
