package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkTargetsTest {

    private static BenchmarkReport.PhaseResult phase(String name, long messages, long expected, long stored, double seconds) {
        return new BenchmarkReport.PhaseResult(name, messages, expected, stored, seconds, seconds, 0);
    }

    @Test
    void aRunBelowTheTargetsSaysWhichAreNotMet() {
        String report = BenchmarkTargets.report(phase("single", 20_000, 20_000, 20_000, 10), phase("batch-100", 200, 20_000, 20_000, 1),
                phase("http-1000", 20, 20_000, 20_000, 0.25), 100_000, 2_000);
        assertThat(report).contains("2,000", "NOT met").contains("0.200").contains("HTTP bulk readings/s ÷ raw JDBC")
                .contains("0.800 (80,000 ÷ 100,000)").contains("verdict: 2 of 5 measured targets met");
    }

    @Test
    void aRunMeetingEverythingMeasuredSaysSo() {
        String report = BenchmarkTargets.report(phase("single", 120_000, 120_000, 120_000, 10), phase("batch-100", 1_000, 100_000, 100_000, 1),
                phase("http-1000", 100, 100_000, 100_000, 1), 150_000, 1_200);
        assertThat(report).doesNotContain("NOT met").contains("verdict: 5 of 5 measured targets met");
    }

    @Test
    void lostReadingsFailTheExactnessTargetAndUnknownMemoryIsLeftOut() {
        String report = BenchmarkTargets.report(phase("single", 100, 100, 99, 1), phase("batch-100", 1, 100, 100, 1),
                phase("http-1000", 1, 100, 101, 1), Double.NaN, -1);
        assertThat(report).containsPattern("lost \\+ duplicated readings +0 +2 +NOT met")
                .contains("verdict: 0 of 2 measured targets met");
    }
}
