package org.energytracking.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code fault broker-restart}: the embedded broker lives in the launcher, so this stops the launcher
 * (SIGTERM: broker, app server and database stop cleanly) part-way through a run and starts it again
 * with the same command line and environment. Publishers hold persistent sessions, reconnect and
 * resend; every reading the broker acknowledged must be stored.
 */
final class BrokerRestartFault {

    private final FaultOptions options;
    private final Path dataDir;

    BrokerRestartFault(FaultOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    boolean run() throws Exception {
        PhasePlan plan = PhasePlan.create("broker-restart", "fault-broker-" + Instant.now().getEpochSecond() + "-",
                options.devices(), options.readings(), options.batchSize(), System.currentTimeMillis());
        ProcessHandle launcher = ProcessHandle.of(LocalProcesses.payaraPid(dataDir)).flatMap(ProcessHandle::parent)
                .orElseThrow(() -> new IllegalStateException("cannot find the launcher: is the platform running from " + dataDir + "?"));
        List<String> commandLine = LocalProcesses.commandLine(launcher.pid());
        Map<String, String> environment = LocalProcesses.environment(launcher.pid());
        Path workingDir = Files.readSymbolicLink(Path.of("/proc/" + launcher.pid() + "/cwd"));
        Path log = dataDir.resolve("launcher-after-restart.log");
        boolean passed = new DisruptedRun(options).run(plan, true, (acknowledged, messages) -> {
            System.err.printf(Locale.ROOT, "[broker-restart] stopping the launcher (pid %d) at %d of %d messages acknowledged%n",
                    launcher.pid(), acknowledged, messages);
            launcher.destroy();
            launcher.onExit().get();
            ProcessBuilder again = new ProcessBuilder(commandLine).directory(workingDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            again.environment().clear();
            again.environment().putAll(environment);
            Process restarted = again.start();
            System.err.printf(Locale.ROOT, "[broker-restart] launcher started again (pid %d, log %s); it keeps running"
                    + " in the background: stop it with kill %d%n", restarted.pid(), log, restarted.pid());
            return LocalProcesses.endpointsAfterRestart(options, dataDir);
        });
        return passed;
    }
}
