package org.energytracking.simulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code fault kill-app}: publishes a run of readings, kills the application server with SIGKILL
 * (kill -9) part-way, lets the launcher restart it, and checks that every acknowledged reading is
 * stored exactly once. The broker keeps what is published meanwhile.
 */
final class KillAppServerFault {

    /** After the kill, the count may stand still while Payara restarts (about a minute here). */
    private static final long RESTART_STALL_MILLIS = 240_000;

    private final FaultOptions options;
    private final Path dataDir;

    KillAppServerFault(FaultOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    /** True if the check passed. */
    boolean run() throws Exception {
        String run = "fault-kill-" + Instant.now().getEpochSecond() + "-";
        PhasePlan plan = PhasePlan.create("kill-app", run, options.devices(), options.readings(), options.batchSize(),
                System.currentTimeMillis());
        try (ReadingStore store = new ReadingStore(options.endpoints())) {
            var logins = Benchmark.registerDevices(options.endpoints(), plan);
            PublishStats stats = new PublishStats();
            ExecutorService publishing = Executors.newSingleThreadExecutor();
            try {
                Future<PhaseRunner.Published> published = publishing.submit(() -> new PhaseRunner(options.endpoints().mqttUrl(),
                        1, Math.min(4, plan.devices()), run, logins).publish(plan, stats));
                long killAt = Math.round(plan.messages() * options.killAt());
                while (stats.ackedMessages.sum() < killAt && !published.isDone()) {
                    Thread.sleep(50);
                }
                long pid = payaraPid(dataDir);
                boolean killed = ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false);
                System.err.printf(Locale.ROOT, "[kill-app] kill -9 of Payara (pid %d) at %d of %d messages acknowledged: %s%n",
                        pid, stats.ackedMessages.sum(), plan.messages(), killed ? "done" : "no such process");
                published.get();
            } finally {
                publishing.shutdownNow();
            }
            ReadingStore.Stored stored = store.awaitStored("kill-app", plan.deviceIdPattern(), plan.expectedReadings(),
                    RESTART_STALL_MILLIS);
            long acked = stats.ackedReadings.sum();
            // (device, ts) is the primary key: a redelivered reading lands on its own row, so rows are never
            // doubled; what can go wrong is a missing row, or a row that was never published
            boolean passed = stored.count() >= acked && stored.count() <= plan.expectedReadings();
            System.out.printf(Locale.ROOT, "%nkill-app: %d readings published, %d acknowledged by the broker, %d stored,"
                            + " %d publish errors%nverdict: %s%n", plan.expectedReadings(), acked, stored.count(),
                    stats.errors.sum(), passed ? "PASS (every acknowledged reading stored, once)"
                            : "FAIL (" + (acked - stored.count()) + " acknowledged readings missing)");
            return passed;
        }
    }

    /** The pid the launcher wrote for the application server it runs now. */
    static long payaraPid(Path dataDir) throws IOException {
        Properties endpoints = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve("endpoints.properties"), StandardCharsets.UTF_8)) {
            endpoints.load(in);
        }
        String pid = endpoints.getProperty("payara.pid");
        if (pid == null) {
            throw new IllegalStateException("no payara.pid in " + dataDir.resolve("endpoints.properties")
                    + ": is the platform running from this DATA_DIR?");
        }
        return Long.parseLong(pid.trim());
    }
}
