package org.energytracking.cluster.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollWindowTest {

    private static final Duration OVERLAP = Duration.ofSeconds(30);
    private static final long SECOND = 1_000_000_000L;

    @Test
    void beforeAnyAnswerItLooksBackTheOverlap() {
        assertThat(new PollWindow(OVERLAP).lookBack(5 * SECOND)).isEqualTo(OVERLAP);
    }

    @Test
    void itLooksBackToTheStartOfTheLastAnsweredPollAndTheOverlap() {
        PollWindow window = new PollWindow(OVERLAP);
        window.answered(10 * SECOND);
        assertThat(window.lookBack(10 * SECOND + SECOND / 2)).isEqualTo(OVERLAP.plusMillis(500));
    }

    @Test
    void pollsThatFailedWidenTheNextOneSoNothingRevokedMeanwhileIsMissed() {
        PollWindow window = new PollWindow(OVERLAP);
        window.answered(10 * SECOND);
        // the polls at 10.5 s to 69.5 s failed (the database was away): none answered
        assertThat(window.lookBack(70 * SECOND)).isEqualTo(OVERLAP.plusSeconds(60));
        window.answered(70 * SECOND);
        assertThat(window.lookBack(70 * SECOND + SECOND / 2)).isEqualTo(OVERLAP.plusMillis(500));
    }
}
