package org.energytracking.simulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code threshold-benchmark} command: what threshold rules cost ingest. Runs single-reading phases in
 * turns, without rules and with an enabled threshold rule on every device of the phase (one that never fires,
 * the usual case), and prints each phase's rate and CPU per message per process, with the platform's extra CPU
 * per message in the phases with rules against the target of at most 5 %. An uncounted warm-up first, then turns
 * in A B B A order, so that a platform still getting faster does not favour the side that runs last. Readings are timed in the minutes
 * before now, where a live meter's are, so the rules judge them.
 */
final class ThresholdBenchmark {

    /** Above what any simulated plug draws: the rule is judged on every reading and never fires. */
    static final int NEVER_REACHED_WATTS = 100_000;
    private static final long RECENT_WINDOW_MS = 20 * 60_000L;
    /** The first phase warms the platform (JIT, pools, caches) and is not counted: each later one ran cheaper. */
    static final String WARM_UP = "warm-up";

    private final BenchmarkOptions options;
    private final Path dataDir;
    private final int turns;

    ThresholdBenchmark(BenchmarkOptions options, Path dataDir, int turns) {
        this.options = options;
        this.dataDir = dataDir;
        this.turns = turns;
    }

    void run() throws Exception {
        String run = "thr-" + Instant.now().getEpochSecond() + "-";
        List<PhasePlan> plans = new ArrayList<>();
        plans.add(recent(WARM_UP, run + "w-"));
        for (int turn = 1; turn <= turns; turn++) { // A B B A: neither side always runs on the warmer platform
            boolean rulesFirst = turn % 2 == 0;
            plans.add(recent(rulesFirst ? "threshold rules #" + turn : "no rules #" + turn, run + (rulesFirst ? "r" : "n") + turn + "-"));
            plans.add(recent(rulesFirst ? "no rules #" + turn : "threshold rules #" + turn, run + (rulesFirst ? "n" : "r") + turn + "-"));
        }
        DeviceApi api = options.endpoints().api();
        Map<String, ApiAnswers.MqttLogin> logins = Benchmark.registerDevices(options.endpoints(), plans.toArray(PhasePlan[]::new));
        for (PhasePlan plan : plans.stream().filter(ThresholdBenchmark::ruled).toList()) {
            for (int i = 0; i < plan.devices(); i++) {
                api.createThresholdRule(plan.deviceId(i), NEVER_REACHED_WATTS);
            }
        }
        System.err.printf(Locale.ROOT, "threshold rule 'power above %d W' on each of the %d devices of the phases with rules%n",
                NEVER_REACHED_WATTS, options.devices() * turns);
        List<Measured> measured = new ArrayList<>();
        try (ReadingStore store = new ReadingStore(options.endpoints())) {
            for (PhasePlan plan : plans) {
                measured.add(measure(plan, store, logins));
            }
        }
        String ruledDevice = plans.stream().filter(ThresholdBenchmark::ruled).findFirst().orElseThrow().deviceId(0);
        AlertProbe.Result probe = new AlertProbe(options.endpoints(), api).fire(ruledDevice, logins.get(ruledDevice),
                NEVER_REACHED_WATTS + 1);
        System.out.println();
        System.out.print(ThresholdReport.table(measured));
        System.out.print(ThresholdReport.verdict(measured));
        System.out.println(probe.describe(ruledDevice));
        System.out.println("devices: " + run + "w-1.." + options.devices() + " (warm-up), " + run + "n1-1.." + options.devices()
                + " (no rules), " + run + "r1-1.." + options.devices() + " (rules), and so on for each turn");
    }

    /** A phase's devices each publish their share of --readings, timed over the 20 minutes before now. */
    private PhasePlan recent(String name, String prefix) {
        long now = System.currentTimeMillis();
        PhasePlan plan = PhasePlan.create(name, prefix, options.devices(), options.readings(), 1, now);
        long step = Math.max(1, RECENT_WINDOW_MS / plan.readingsPerDevice()[0]);
        return new PhasePlan(name, prefix, plan.readingsPerDevice(), now - step * plan.readingsPerDevice()[0] - 1_000, step, 1);
    }

    static boolean ruled(PhasePlan plan) {
        return plan.name().startsWith("threshold");
    }

    /** A phase's figures: rate end to end, and where the CPU went (empty when the platform is not local). */
    record Measured(BenchmarkReport.PhaseResult result, Optional<CpuShare> cpu, boolean ruled) {
        boolean counted() {
            return !result.phase().equals(WARM_UP);
        }
    }

    private Measured measure(PhasePlan plan, ReadingStore store, Map<String, ApiAnswers.MqttLogin> logins) throws Exception {
        System.err.printf(Locale.ROOT, "[%s] publishing %d single-reading messages at QoS %d from %d threads%n", plan.name(),
                plan.messages(), options.qos(), options.clients());
        Optional<CpuShare.Meter> meter = CpuShare.Meter.start(dataDir);
        PhaseRunner.Published published = new PhaseRunner(options.endpoints().mqttUrl(), options.qos(), options.clients(),
                plan.devicePrefix(), logins).publish(plan);
        ReadingStore.Stored stored = store.awaitStored(plan.name(), plan.deviceIdPattern(), plan.expectedReadings(),
                Benchmark.STABLE_MILLIS);
        Optional<CpuShare> cpu = meter.flatMap(m -> m.stop(plan.messages()));
        double seconds = (Math.max(stored.lastGrowthNanos(), published.endNanos()) - published.startNanos()) / 1e9;
        double publishSeconds = (published.endNanos() - published.startNanos()) / 1e9;
        return new Measured(new BenchmarkReport.PhaseResult(plan.name(), plan.messages(), plan.expectedReadings(), stored.count(),
                seconds, publishSeconds, published.stats().errors.sum()), cpu, ruled(plan));
    }
}
