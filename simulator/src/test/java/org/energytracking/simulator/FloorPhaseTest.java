package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class FloorPhaseTest {

    // 60 s at 2,000 msgs/s; the broker used 0.25 cores (1,500 ticks), the consumer 600 ticks, the publisher 900
    private final FloorPhase phase = new FloorPhase("steady 2000/s", 60, 120_000, 119_800, 200, 1_500, 600, 900, 10_200, 2.5);

    @Test
    void cpuPerMessageIsEachJvmsTicksOverTheAcknowledgedMessages() {
        assertThat(phase.rate()).isCloseTo(2_000, offset(1e-9));
        assertThat(phase.brokerMicros()).isCloseTo(125, offset(1e-9)); // 15 s of CPU / 120,000
        assertThat(phase.consumerMicros()).isCloseTo(50, offset(1e-9));
        assertThat(phase.publisherMicros()).isCloseTo(75, offset(1e-9));
        assertThat(phase.machineBusyCores()).isCloseTo(1.7, offset(1e-9));
    }

    @Test
    void aWindowWithoutMessagesCostsNothingPerMessageRatherThanInfinity() {
        FloorPhase idle = new FloorPhase("idle", 10, 0, 0, 0, 50, 0, 0, 100, 0.1);
        assertThat(idle.brokerMicros()).isZero();
        assertThat(idle.rate()).isZero();
    }

    @Test
    void theRowShowsRateCostsLoadAndBacklog() {
        assertThat(FloorPhase.header()).contains("broker µs", "load (1 min)", "backlog");
        assertThat(phase.row()).contains("steady 2000/s", "2000", "125.0", "50.0", "75.0", "1.70", "2.50", "200");
    }
}
