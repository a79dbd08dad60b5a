package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuShareTest {

    private final CpuShare share = new CpuShare(List.of(new CpuShare.Part("publisher", 0.5), new CpuShare.Part("broker", 0.8),
            new CpuShare.Part("database", 0.2), new CpuShare.Part("app server", 0.4)), 2, 1.95, 10, 50_000);

    @Test
    void thePlatformsCostPerMessageLeavesThePublisherOut() {
        // 1.4 cores for 10 s over 50,000 messages
        assertThat(share.platformMicrosPerMessage()).isCloseTo(280, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theSummaryNamesEachPartAndWhatTheTargetRateWouldNeed() {
        assertThat(share.summary())
                .contains("2 cores, 1.95 busy")
                .contains("publisher 0.50 (100 µs)", "broker 0.80 (160 µs)", "app server 0.40 (80 µs)", "rest 0.05")
                .contains("280 µs of CPU per message: 10,000 msgs/s would need 2.8 cores");
    }

    @Test
    void ticksOfThisProcessGrowWithTheWorkItDoes() throws Exception {
        long pid = ProcessHandle.current().pid();
        long before = CpuShare.Meter.ticks(pid);
        // 300 ms of this thread's own CPU time, not of the clock: on a busy machine the clock runs ahead of it
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
        double sink = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                sink += Math.sqrt(sink + 1);
            }
        }
        assertThat(sink).isPositive();
        assertThat(CpuShare.Meter.ticks(pid) - before).isGreaterThanOrEqualTo(20);
        assertThat(CpuShare.Meter.machineTicks()).isPositive();
    }
}
