package org.energytracking.simulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

/**
 * {@code fault kill-app}: publishes a run of readings, kills the application server with SIGKILL
 * (kill -9) part-way, lets the launcher restart it, and checks that every acknowledged reading is
 * stored exactly once. The broker keeps what is published meanwhile.
 */
final class KillAppServerFault {

    private final FaultOptions options;
    private final Path dataDir;

    KillAppServerFault(FaultOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    /** True if the check passed. */
    boolean run() throws Exception {
        PhasePlan plan = PhasePlan.create("kill-app", "fault-kill-" + Instant.now().getEpochSecond() + "-", options.devices(),
                options.readings(), options.batchSize(), System.currentTimeMillis());
        return new DisruptedRun(options).run(plan, false, (acknowledged, messages) -> {
            long pid = payaraPid(dataDir);
            boolean killed = ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false);
            System.err.printf(Locale.ROOT, "[kill-app] kill -9 of Payara (pid %d) at %d of %d messages acknowledged: %s%n",
                    pid, acknowledged, messages, killed ? "done" : "no such process");
            return options.endpoints();
        });
    }

    /** The endpoints again: after a restart the embedded database listens on a new port. */
    static Endpoints endpointsAfterRestart(FaultOptions options, Path dataDir) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            Path file = dataDir.resolve("endpoints.properties");
            if (Files.exists(file) && Files.getLastModifiedTime(file).toMillis() > System.currentTimeMillis() - 600_000) {
                Properties endpoints = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    endpoints.load(in);
                }
                if (ProcessHandle.of(Long.parseLong(endpoints.getProperty("payara.pid", "-1").trim())).isPresent()) {
                    return new Endpoints(options.endpoints().httpUrl(), options.endpoints().mqttUrl(), endpoints.getProperty("db.url"),
                            options.endpoints().dbUser(), options.endpoints().dbPassword(), options.endpoints().email(),
                            options.endpoints().password());
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the platform did not come back within 5 minutes");
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
