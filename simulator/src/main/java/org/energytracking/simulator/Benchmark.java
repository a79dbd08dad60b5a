package org.energytracking.simulator;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code benchmark} command: publishes a fixed number of readings as single-reading messages, then as
 * batches, waits until each phase is stored, and compares the ingest rates with a raw JDBC batch insert; then
 * a steady phase at a fixed rate for publish-to-queryable latency and memory growth ({@link SteadyPhase}).
 */
final class Benchmark {

    /** Readings per HTTP import request: well under the 256 KB body limit, few enough requests for the rate limit. */
    static final int HTTP_BATCH = 1_000;
    /** A phase is over when the stored count has not grown for this long. */
    static final long STABLE_MILLIS = 10_000;

    private final BenchmarkOptions options;
    private final Path dataDir;

    Benchmark(BenchmarkOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    void run() throws Exception {
        long epoch = Instant.now().getEpochSecond();
        String run = "bench-" + epoch + "-";
        long now = System.currentTimeMillis();
        PhasePlan single = PhasePlan.create("single", run + "s-", options.devices(), options.readings(), 1, now);
        PhasePlan batch = PhasePlan.create("batch-" + options.batchSize(), run + "b-", options.devices(),
                options.readings(), options.batchSize(), now);
        PhasePlan http = PhasePlan.create("http-" + HTTP_BATCH, run + "h-", options.devices(), options.readings(),
                HTTP_BATCH, now);
        PhasePlan steady = PhasePlan.create("steady-" + options.steadyRate(), run + "t-", options.steadyDevices(),
                options.steadyDevices(), 1, now); // only its device ids: the steady phase publishes for a time, not a count
        PhasePlan probe = PhasePlan.create("probe", run + "p-", 1, 1, 1, now);
        boolean steadyRuns = options.steadySeconds() > 0;
        try (ReadingStore store = new ReadingStore(options.endpoints())) {
            store.count(run + "%"); // fails early if the database or its tables are missing
            Map<String, ApiAnswers.MqttLogin> logins = steadyRuns ? register(single, batch, http, steady, probe)
                    : register(single, batch, http);
            long restingMb = LocalProcesses.wholePlatformResidentMb(dataDir); // before this run's load
            List<BenchmarkReport.PhaseResult> results = new ArrayList<>();
            results.add(runPhase(single, store, run + "s", logins));
            results.add(runPhase(batch, store, run + "b", logins));
            results.add(runHttpPhase(http, store));
            double baseline = baseline(store, single, "bench_baseline_" + epoch);
            Optional<SteadyPhase.Result> steadyResult = steadyRuns
                    ? Optional.of(new SteadyPhase(options, dataDir).run(steady, probe.deviceId(0), logins, store, run + "t"))
                    : Optional.empty();
            steadyResult.ifPresent(r -> results.add(r.counts()));

            System.out.println();
            System.out.print(BenchmarkReport.table(results, baseline));
            System.out.println();
            results.forEach(r -> System.out.println(BenchmarkReport.details(r)));
            steadyResult.ifPresent(r -> System.out.print(BenchmarkReport.steady(r)));
            System.out.println();
            System.out.print(BenchmarkTargets.report(results, baseline, restingMb, steadyResult));
            System.out.printf(Locale.ROOT, "raw baseline: %d rows as JDBC batches of %d rows (one commit each)%n",
                    single.expectedReadings(), ReadingStore.BASELINE_BATCH);
            System.out.println("devices: " + run + "s-1.." + options.devices() + ", " + run + "b-1.." + options.devices()
                    + " and " + run + "h-1.." + options.devices()
                    + (steadyRuns ? ", steady " + run + "t-1.." + options.steadyDevices() + ", probe " + probe.deviceId(0) : ""));
        }
    }

    private Map<String, ApiAnswers.MqttLogin> register(PhasePlan... plans) throws Exception {
        return registerDevices(options.endpoints(), plans);
    }

    /** Registers the devices of the plans through the API; the MQTT logins it returned, by device id. */
    static Map<String, ApiAnswers.MqttLogin> registerDevices(Endpoints endpoints, PhasePlan... plans) throws Exception {
        List<DeviceApi.NewDevice> devices = new ArrayList<>();
        for (PhasePlan plan : plans) {
            for (int i = 0; i < plan.devices(); i++) {
                devices.add(new DeviceApi.NewDevice(plan.deviceId(i), "Benchmark " + plan.name() + " " + (i + 1),
                        "plug", "benchmark", Simulator.TIMEZONE));
            }
        }
        DeviceApi.Registered registered = endpoints.api().registerAll(devices);
        if (registered.existing() > 0) {
            throw new IllegalStateException(registered.existing() + " benchmark devices exist already"
                    + " (another run started in the same second?): run again");
        }
        System.err.println("registered " + registered.created() + " devices");
        return registered.logins();
    }

    private BenchmarkReport.PhaseResult runPhase(PhasePlan plan, ReadingStore store, String clientPrefix,
                                                 Map<String, ApiAnswers.MqttLogin> logins) throws Exception {
        System.err.printf(Locale.ROOT, "[%s] publishing %d readings in %d messages at QoS %d from %d threads, one connection per device%n",
                plan.name(), plan.expectedReadings(), plan.messages(), options.qos(), options.clients());
        PhaseRunner.Published published = new PhaseRunner(options.endpoints().mqttUrl(), options.qos(),
                options.clients(), clientPrefix, logins).publish(plan);
        double publishSeconds = (published.endNanos() - published.startNanos()) / 1e9;
        System.err.printf(Locale.ROOT, "[%s] published in %.2f s (%d errors%s), waiting until stored%n", plan.name(),
                publishSeconds, published.stats().errors.sum(),
                published.stats().lastError() == null ? "" : ", last: " + published.stats().lastError());
        ReadingStore.Stored stored = store.awaitStored(plan.name(), plan.deviceIdPattern(), plan.expectedReadings(),
                STABLE_MILLIS);
        // rows cannot be stored before they are published: a phase lasts at least as long as its publishing
        double seconds = (Math.max(stored.lastGrowthNanos(), published.endNanos()) - published.startNanos()) / 1e9;
        return new BenchmarkReport.PhaseResult(plan.name(), plan.messages(), plan.expectedReadings(), stored.count(),
                seconds, publishSeconds, published.stats().errors.sum());
    }

    private BenchmarkReport.PhaseResult runHttpPhase(PhasePlan plan, ReadingStore store) throws Exception {
        System.err.printf(Locale.ROOT, "[%s] posting %d readings in %d requests from %d threads%n", plan.name(),
                plan.expectedReadings(), plan.messages(), options.clients());
        HttpBulkPhase.Posted posted = HttpBulkPhase.post(options.endpoints(), plan, options.clients());
        double postSeconds = (posted.endNanos() - posted.startNanos()) / 1e9;
        System.err.printf(Locale.ROOT, "[%s] posted in %.2f s (%d errors%s), waiting until stored%n", plan.name(), postSeconds,
                posted.errors(), posted.lastError() == null ? "" : ", last: " + posted.lastError());
        ReadingStore.Stored stored = store.awaitStored(plan.name(), plan.deviceIdPattern(), plan.expectedReadings(), STABLE_MILLIS);
        double seconds = (Math.max(stored.lastGrowthNanos(), posted.endNanos()) - posted.startNanos()) / 1e9;
        return new BenchmarkReport.PhaseResult(plan.name(), posted.requests(), plan.expectedReadings(), stored.count(),
                seconds, postSeconds, posted.errors());
    }

    private static double baseline(ReadingStore store, PhasePlan plan, String table) throws InterruptedException {
        System.err.printf("[baseline] inserting %d rows into %s%n", plan.expectedReadings(), table);
        try {
            return store.baselineInsertRate(plan, table);
        } catch (SQLException e) {
            System.err.println("warning: raw JDBC baseline failed: " + e.getMessage());
            return Double.NaN;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            System.err.println("warning: raw JDBC baseline failed: " + e);
            return Double.NaN;
        }
    }
}
