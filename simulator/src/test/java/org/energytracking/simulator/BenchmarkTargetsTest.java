package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkTargetsTest {

    private static BenchmarkReport.PhaseResult phase(String name, long messages, long expected, long stored, double seconds) {
        return new BenchmarkReport.PhaseResult(name, messages, expected, stored, seconds, seconds, 0);
    }

    private static List<BenchmarkReport.PhaseResult> phases(BenchmarkReport.PhaseResult... results) {
        return new ArrayList<>(List.of(results));
    }

    private static final List<BenchmarkReport.PhaseResult> FAST = phases(phase("single", 120_000, 120_000, 120_000, 10),
            phase("batch-100", 1_000, 100_000, 100_000, 1), phase("http-1000", 100, 100_000, 100_000, 1));

    /** A steady phase at {@code achieved}/s for {@code seconds} with 100 probes (p99 {@code p99Ms}) and memory 1,000 → {@code lastMb}. */
    private static SteadyPhase.Result steady(double asked, double achieved, double seconds, long p99Ms, long lostProbes, long lastMb) {
        return steady(asked, achieved, seconds, p99Ms, lostProbes, lastMb, 0.1);
    }

    /** ... and the app server using {@code appCores} while it ran (broker 0.1, database 0.05, publisher 0.3 cores). */
    private static SteadyPhase.Result steady(double asked, double achieved, double seconds, long p99Ms, long lostProbes, long lastMb,
                                             double appCores) {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (i < 98 ? 50 : p99Ms) * 1_000_000L;
        }
        LatencyProbe.Outcome probes = new LatencyProbe.Outcome(100 + lostProbes, lostProbes, Latencies.of(nanos), 1_000, 0, 0, 5, 100, null);
        List<MemoryGrowth.Sample> memory = new ArrayList<>();
        for (int s = 15; s <= seconds; s += 15) {
            memory.add(new MemoryGrowth.Sample(s, s < 300 ? 1_000 : lastMb));
        }
        long messages = Math.round(achieved * seconds);
        return new SteadyPhase.Result(phase("steady", messages, messages, messages, seconds), asked, achieved, seconds, probes,
                15_000, memory, MemoryGrowth.of(memory, seconds), Optional.of(new CpuShare(List.of(new CpuShare.Part("publisher", 0.3),
                new CpuShare.Part("broker", 0.1), new CpuShare.Part("app server", appCores), new CpuShare.Part("database", 0.05)),
                2, 0.45 + appCores, seconds, messages)));
    }

    @Test
    void aRunBelowTheTargetsSaysWhichAreNotMet() {
        String report = BenchmarkTargets.report(phases(phase("single", 20_000, 20_000, 20_000, 10), phase("batch-100", 200, 20_000, 20_000, 1),
                phase("http-1000", 20, 20_000, 20_000, 0.25)), 100_000, 2_000, Optional.empty());
        assertThat(report).containsPattern("resident MB at rest, whole platform +≤ 1,200 +2000 +NOT met").contains("0.200")
                .contains("HTTP bulk readings/s ÷ raw JDBC").contains("0.800 (80,000 ÷ 100,000)")
                .contains("not measured: --steady-seconds 0").contains("not measured: needs a steady phase on the platform's machine")
                .contains("verdict: 2 of 4 measured targets met");
    }

    @Test
    void aRunMeetingEverythingMeasuredSaysSo() {
        String report = BenchmarkTargets.report(FAST, 150_000, 1_200, Optional.of(steady(2_000, 1_990, 600, 180, 0, 1_020)));
        assertThat(report).doesNotContain("NOT met").doesNotContain("not measured")
                .containsPattern("platform CPU per QoS 1 message +≤ 150 µs +126 µs \\(broker 50, app server 50, database 25\\) +met")
                .containsPattern("p99 publish→queryable at 2,000/s +< 500 ms +180 ms at 1,990/s, 0 of 100 lost +met")
                .containsPattern("resident memory growth, 10 min +< 5 % +\\+2\\.0 % \\(\\+20 MB\\) over 600 s at 1,990/s +met")
                .contains("verdict: 7 of 7 measured targets met");
    }

    @Test
    void anAppServerThatCostsTooMuchFailsTheCpuTargetAndAShortPhaseIsNotCounted() {
        assertThat(BenchmarkTargets.report(FAST, 150_000, 1_200, Optional.of(steady(2_000, 2_000, 600, 100, 0, 1_000, 0.5))))
                .containsPattern("platform CPU per QoS 1 message +≤ 150 µs +325 µs .* +NOT met").contains("verdict: 6 of 7");
        assertThat(BenchmarkTargets.report(FAST, 150_000, 1_200, Optional.of(steady(2_000, 2_000, 30, 100, 0, 1_000))))
                .contains("not counted: needs a steady phase of 60 s");
    }

    @Test
    void aSlowP99ALostProbeOrGrowthFailTheSteadyTargets() {
        assertThat(BenchmarkTargets.report(FAST, 150_000, 1_200, Optional.of(steady(2_000, 2_000, 600, 700, 0, 1_000))))
                .containsPattern("700 ms at 2,000/s, 0 of 100 lost +NOT met").contains("verdict: 6 of 7");
        assertThat(BenchmarkTargets.report(FAST, 150_000, 1_200, Optional.of(steady(2_000, 2_000, 600, 100, 1, 1_000))))
                .containsPattern("100 ms at 2,000/s, 1 of 101 lost +NOT met").contains("verdict: 6 of 7");
        assertThat(BenchmarkTargets.report(FAST, 150_000, 1_200, Optional.of(steady(2_000, 2_000, 600, 100, 0, 1_080))))
                .containsPattern("\\+8\\.0 % \\(\\+80 MB\\) over 600 s at 2,000/s +NOT met").contains("verdict: 6 of 7");
    }

    @Test
    void aSteadyRunThatFallsShortOfTheRateMeetsNeitherSteadyTarget() {
        String report = BenchmarkTargets.report(FAST, 150_000, 1_200, Optional.of(steady(2_000, 1_100, 600, 100, 0, 1_000)));
        assertThat(report).contains("100 ms at 1,100/s (too slow), 0 of 100 lost").contains("verdict: 4 of 7 measured targets met");
    }

    @Test
    void aShortOrSlowerSteadyRunIsShownButNotCounted() {
        String report = BenchmarkTargets.report(FAST, 150_000, 1_200, Optional.of(steady(500, 500, 20, 100, 0, 1_000)));
        assertThat(report).contains("100 ms at 500/s, 0 of 100 lost: not counted, needs --steady-rate 2000")
                .contains("verdict: 4 of 4 measured targets met");
    }

    @Test
    void lostReadingsFailTheExactnessTargetAndUnknownMemoryIsLeftOut() {
        List<BenchmarkReport.PhaseResult> results = phases(phase("single", 100, 100, 99, 1), phase("batch-100", 1, 100, 100, 1),
                phase("http-1000", 1, 100, 101, 1));
        String report = BenchmarkTargets.report(results, Double.NaN, -1, Optional.empty());
        assertThat(report).containsPattern("lost \\+ duplicated readings +0 +2 +NOT met")
                .contains("verdict: 0 of 1 measured targets met");
    }

    @Test
    void aSteadyReadingLostOrDuplicatedCountsInTheExactnessRow() {
        List<BenchmarkReport.PhaseResult> results = new ArrayList<>(FAST);
        results.add(phase("steady-2000", 1_000, 1_000, 1_001, 1));
        assertThat(BenchmarkTargets.report(results, 150_000, 1_200, Optional.empty()))
                .containsPattern("lost \\+ duplicated readings +0 +1 +NOT met");
    }
}
