package org.energytracking.simulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

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
            long pid = LocalProcesses.payaraPid(dataDir);
            boolean killed = ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false);
            System.err.printf(Locale.ROOT, "[kill-app] kill -9 of Payara (pid %d) at %d of %d messages acknowledged: %s%n",
                    pid, acknowledged, messages, killed ? "done" : "no such process");
            return options.endpoints();
        });
    }
}
