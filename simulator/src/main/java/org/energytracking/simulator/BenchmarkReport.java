package org.energytracking.simulator;

import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;

/** The benchmark's result table. */
final class BenchmarkReport {

    /**
     * One phase's outcome. {@code seconds}: publish start until the last row was seen stored;
     * {@code publishSeconds}: publish start until the last acknowledgement.
     */
    record PhaseResult(String phase, long messages, long expected, long stored, double seconds, double publishSeconds,
                       long publishErrors) {

        double messagesPerSecond() {
            return seconds > 0 ? messages / seconds : 0;
        }

        double readingsPerSecond() {
            return seconds > 0 ? stored / seconds : 0;
        }

        long lost() {
            return Math.max(0, expected - stored);
        }

        long duplicated() {
            return Math.max(0, stored - expected);
        }
    }

    private static final String ROW = "%-14s %12s %12s %10s %11s %24s %7s%n";

    private BenchmarkReport() {
    }

    /** The table; {@code baselineRate} is NaN when the baseline could not be measured. */
    static String table(List<PhaseResult> results, double baselineRate) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, ROW, "phase", "messages/s", "readings/s", "lost", "duplicated",
                "raw baseline readings/s", "ratio"));
        for (PhaseResult r : results) {
            sb.append(String.format(Locale.ROOT, ROW, r.phase(), Simulator.number(r.messagesPerSecond()),
                    Simulator.number(r.readingsPerSecond()), r.lost(), r.duplicated(),
                    Double.isNaN(baselineRate) ? "n/a" : Simulator.number(baselineRate),
                    Double.isNaN(baselineRate) || baselineRate <= 0 ? "n/a"
                            : String.format(Locale.ROOT, "%.3f", r.readingsPerSecond() / baselineRate)));
        }
        return sb.toString();
    }

    /** One detail line per phase, below the table. */
    static String details(PhaseResult r) {
        return String.format(Locale.ROOT,
                "%s: %d messages, %d/%d readings stored in %.2f s (publishing took %.2f s, %d publish errors)",
                r.phase(), r.messages(), r.stored(), r.expected(), r.seconds(), r.publishSeconds(), r.publishErrors());
    }

    /** The steady phase: rate, latency with the poller's resolution, and the memory series. */
    static String steady(SteadyPhase.Result s) {
        BenchmarkReport.PhaseResult c = s.counts();
        LatencyProbe.Outcome p = s.probes();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s msgs/s asked, %s achieved over %.1f s (%d messages, %d publish errors)%n",
                c.phase(), Simulator.number(s.requestedRate()), Simulator.number(s.achievedRate()), s.seconds(), c.messages(),
                c.publishErrors()));
        sb.append(String.format(Locale.ROOT, "latency publish → queryable through GET /api/v1/devices/{id}/readings: %d probes"
                + " at %.0f/s, %d seen, %d lost (not seen within %d s)%n  %s%n", p.sent(), LatencyProbe.PROBES_PER_SECOND,
                p.latencies().count(), p.lost(), LatencyProbe.LOST_AFTER_NANOS / 1_000_000_000L, p.latencies().summary()));
        sb.append(String.format(Locale.ROOT, "  resolution: a poll every %d ms (mean round trip %.1f ms; %d polls, %d rate-limited,"
                + " %d failed); a probe is timed when the first answer holding it arrives, so each latency is an upper bound,"
                + " late by at most one poll interval plus one round trip%n", p.pollMillis(), p.meanRoundTripMillis(), p.polls(),
                p.rateLimited(), p.pollErrors()));
        if (p.rateLimited() > 0) {
            sb.append("  polls were rate-limited (429): start the platform with higher RATELIMIT_ADDRESS_PER_MINUTE and"
                    + " RATELIMIT_USER_PER_MINUTE, or poll less often (--poll-ms)\n");
        }
        if (p.lastPollError() != null) {
            sb.append("  last poll error: ").append(p.lastPollError()).append('\n');
        }
        s.cpu().ifPresent(cpu -> sb.append(cpu.summary()));
        if (s.memory().isEmpty()) {
            return sb.append("resident memory: not sampled (the platform is not on this machine)\n").toString();
        }
        LongSummaryStatistics mb = s.memory().stream().mapToLong(MemoryGrowth.Sample::residentMb).summaryStatistics();
        sb.append(String.format(Locale.ROOT, "resident memory (app server + broker), a sample every %d s: %s – %s MB%n  %s%n",
                s.sampleMillis() / 1000, Simulator.number(mb.getMin()), Simulator.number(mb.getMax()),
                MemoryGrowth.sparkline(s.memory())));
        sb.append(s.growth().map(g -> "  " + g.summary() + String.format(Locale.ROOT,
                "; \"no growth\" = under %.0f %% of the warm level%n", MemoryGrowth.TARGET_PERCENT))
                .orElse("  growth: too few samples in the warm or the last window\n"));
        return sb.toString();
    }
}
