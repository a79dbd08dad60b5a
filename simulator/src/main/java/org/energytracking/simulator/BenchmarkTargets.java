package org.energytracking.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The targets beside what one benchmark run measured, and a verdict line. A target the run did not
 * measure (no steady phase, or one too slow or too short for it) is listed as such and left out of the verdict.
 */
final class BenchmarkTargets {

    static final double PLATFORM_MICROS_PER_MESSAGE = 150;
    static final double CPU_SECONDS = 60;
    static final double BATCH_RATIO = 0.5;
    static final long RESTING_MB = 1_200;
    /** The steady targets hold at 2,000 messages/s with the publisher on this machine; a run must reach 95 % of it. */
    static final double STEADY_RATE = 2_000;
    static final double STEADY_RATE_REACHED = 0.95;
    static final double P99_MILLIS = 500;
    static final double GROWTH_SECONDS = 600;

    private final List<String> rows = new ArrayList<>();
    private int met;
    private int measured;

    private BenchmarkTargets() {
    }

    /**
     * The phases' results (single, batch, HTTP, then the steady phase's counts if it ran), the raw baseline (NaN if
     * unknown), the resident MB of everything the run command left running, at rest before the run (-1 if unknown),
     * and the steady phase.
     */
    static String report(List<BenchmarkReport.PhaseResult> phases, double baseline, long restingMb,
                         Optional<SteadyPhase.Result> steady) {
        BenchmarkTargets t = new BenchmarkTargets();
        BenchmarkReport.PhaseResult batch = phases.get(1);
        BenchmarkReport.PhaseResult http = phases.get(2);
        Optional<CpuShare> cpu = steady.flatMap(SteadyPhase.Result::cpu);
        if (cpu.isPresent() && cpu.get().seconds() >= CPU_SECONDS - 1) {
            double micros = cpu.get().platformMicrosPerMessage();
            t.judge("platform CPU per QoS 1 message", "≤ 150 µs", String.format(Locale.ROOT, "%.0f µs (broker %.0f, app server %.0f,"
                    + " database %.0f)", micros, cpu.get().microsPerMessage("broker"), cpu.get().microsPerMessage("app server"),
                    cpu.get().microsPerMessage("database")), micros <= PLATFORM_MICROS_PER_MESSAGE);
        } else {
            t.notMeasured("platform CPU per QoS 1 message", "≤ 150 µs", cpu.isPresent() ? "not counted: needs a steady phase of 60 s"
                    : "not measured: needs a steady phase on the platform's machine");
        }
        if (!Double.isNaN(baseline) && baseline > 0) {
            double ratio = batch.readingsPerSecond() / baseline;
            t.judge("batched readings/s ÷ raw JDBC", "≥ 0.50", String.format(Locale.ROOT, "%.3f (%s ÷ %s)", ratio,
                    Simulator.number(batch.readingsPerSecond()), Simulator.number(baseline)), ratio >= BATCH_RATIO);
            double httpRatio = http.readingsPerSecond() / baseline;
            t.judge("HTTP bulk readings/s ÷ raw JDBC", "≥ 0.50", String.format(Locale.ROOT, "%.3f (%s ÷ %s)", httpRatio,
                    Simulator.number(http.readingsPerSecond()), Simulator.number(baseline)), httpRatio >= BATCH_RATIO);
        }
        long wrong = phases.stream().mapToLong(r -> r.lost() + r.duplicated()).sum();
        t.judge("lost + duplicated readings", "0", Long.toString(wrong), wrong == 0);
        if (restingMb >= 0) {
            t.judge("resident MB at rest, whole platform", "≤ 1,200", Long.toString(restingMb), restingMb <= RESTING_MB);
        }
        steady.ifPresentOrElse(t::steady, () -> {
            t.notMeasured("p99 publish→queryable at 2,000/s", "< 500 ms", "not measured: --steady-seconds 0");
            t.notMeasured("resident memory growth, 10 min", "< 5 %", "not measured: --steady-seconds 0");
        });
        return String.join("\n", t.rows) + String.format(Locale.ROOT, "%nverdict: %d of %d measured targets met%n", t.met, t.measured);
    }

    private void steady(SteadyPhase.Result s) {
        boolean atRate = s.requestedRate() >= STEADY_RATE;
        boolean rateReached = s.achievedRate() >= STEADY_RATE * STEADY_RATE_REACHED;
        String rate = " at " + Simulator.number(s.achievedRate()) + "/s" + (atRate && !rateReached ? " (too slow)" : "");
        LatencyProbe.Outcome probes = s.probes();
        String latency = (probes.latencies().count() == 0 ? "no probe seen" : Latencies.millis(probes.latencies().p99Nanos()))
                + rate + ", " + probes.lost() + " of " + probes.sent() + " lost";
        if (atRate) {
            judge("p99 publish→queryable at 2,000/s", "< 500 ms", latency, rateReached && probes.lost() == 0
                    && probes.latencies().count() > 0 && probes.latencies().p99Millis() < P99_MILLIS);
        } else {
            notMeasured("p99 publish→queryable at 2,000/s", "< 500 ms", latency + ": not counted, needs --steady-rate 2000");
        }
        if (s.memory().isEmpty()) {
            notMeasured("resident memory growth, 10 min", "< 5 %", "not measured: the platform is not on this machine");
        } else if (s.growth().isEmpty()) {
            notMeasured("resident memory growth, 10 min", "< 5 %", "not measured: too few samples");
        } else {
            MemoryGrowth g = s.growth().get();
            String growth = String.format(Locale.ROOT, "%+.1f %% (%+.0f MB) over %.0f s", g.growthPercent(), g.growthMb(), s.seconds()) + rate;
            if (atRate && s.seconds() >= GROWTH_SECONDS - 1) {
                judge("resident memory growth, 10 min", "< 5 %", growth, rateReached && g.noGrowth());
            } else {
                notMeasured("resident memory growth, 10 min", "< 5 %", growth + ": not counted, needs 600 s at 2,000/s");
            }
        }
    }

    private void judge(String what, String target, String value, boolean isMet) {
        rows.add(String.format(Locale.ROOT, "%-34s %-10s %-28s %s", what, target, value, isMet ? "met" : "NOT met"));
        measured++;
        met += isMet ? 1 : 0;
    }

    private void notMeasured(String what, String target, String why) {
        rows.add(String.format(Locale.ROOT, "%-34s %-10s %s", what, target, why));
    }
}
