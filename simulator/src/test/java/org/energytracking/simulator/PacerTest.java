package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void permitsFollowAnAbsoluteScheduleFromTheFirstCall() {
        Pacer pacer = new Pacer(4, 500_000_000L, clock::get);
        assertThat(pacer.reserve()).isEqualTo(1_000_000_000L);
        assertThat(pacer.reserve()).isEqualTo(1_250_000_000L);
        clock.addAndGet(400_000_000L); // a slow caller does not push the schedule back
        assertThat(pacer.reserve()).isEqualTo(1_500_000_000L);
        assertThat(pacer.reserve()).isEqualTo(1_750_000_000L);
    }

    @Test
    void fractionalIntervalsDoNotDriftOverManyPermits() {
        Pacer pacer = new Pacer(3_000, Long.MAX_VALUE / 4, clock::get);
        long due = 0;
        for (int i = 0; i <= 3_000; i++) {
            due = pacer.reserve();
        }
        assertThat(due).as("permit 3,000 at exactly one second").isEqualTo(2_000_000_000L);
    }

    @Test
    void aCallerFarBehindCatchesUpAtMostTheLagAllowance() {
        Pacer pacer = new Pacer(1_000, 5_000_000L, clock::get);
        pacer.reserve();
        clock.addAndGet(1_000_000_000L); // a one-second stall: 1,000 permits overdue
        long now = clock.get();
        long burst = 0;
        while (pacer.reserve() < now) {
            burst++;
        }
        assertThat(burst).as("5 ms of permits at once, not a second's worth").isEqualTo(5);
    }

    @Test
    void acquireWaitsUntilThePermitIsDue() throws InterruptedException {
        long start = System.nanoTime();
        Pacer pacer = new Pacer(100, 0, System::nanoTime);
        for (int i = 0; i < 6; i++) {
            pacer.acquire();
        }
        assertThat(System.nanoTime() - start).as("5 intervals of 10 ms").isGreaterThanOrEqualTo(50_000_000L);
    }

    @Test
    void rejectsANonPositiveRate() {
        assertThatThrownBy(() -> new Pacer(0, 0, clock::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
