package org.energytracking.alerts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UsualIntervalTest {

    private static final long MIN = 60_000;

    @Test
    void threeTimesTheMedianGap() {
        assertThat(UsualInterval.silenceAllowed(0, 15 * MIN, 30 * MIN, 45 * MIN)).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void oneLongGapOrABurstDoesNotMoveTheMedian() {
        assertThat(UsualInterval.silenceAllowed(0, 10 * MIN, 20 * MIN, 200 * MIN, 200 * MIN + 1_000, 210 * MIN))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void neverLessThanFiveMinutes() {
        assertThat(UsualInterval.silenceAllowed(0, 10_000, 20_000, 30_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void tooFewReadingsToLearnFromGiveTheFloor() {
        assertThat(UsualInterval.silenceAllowed(5 * MIN)).isEqualTo(UsualInterval.FLOOR);
        assertThat(UsualInterval.silenceAllowed()).isEqualTo(UsualInterval.FLOOR);
    }

    @Test
    void orderOfTheTimestampsDoesNotMatter() {
        assertThat(UsualInterval.silenceAllowed(30 * MIN, 0, 20 * MIN, 10 * MIN)).isEqualTo(Duration.ofMinutes(30));
    }
}
