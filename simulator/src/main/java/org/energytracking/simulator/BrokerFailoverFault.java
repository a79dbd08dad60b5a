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
 * {@code fault broker-failover}: with the broker pair (BROKER_HA=true), kill -9 of the active broker part-way
 * through a run. The publishers list both addresses (endpoints.properties has both), fail over and resend; every
 * reading the brokers acknowledged must be stored. The launcher starts the killed broker again as backup.
 */
final class BrokerFailoverFault {

    private final FaultOptions options;
    private final Path dataDir;

    BrokerFailoverFault(FaultOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    boolean run() throws Exception {
        Properties pair = pairProperties();
        PhasePlan plan = PhasePlan.create("broker-failover", "fault-failover-" + Instant.now().getEpochSecond() + "-",
                options.devices(), options.readings(), options.batchSize(), System.currentTimeMillis());
        return new DisruptedRun(options).run(plan, true, (acknowledged, messages) -> {
            int active = active(pair);
            if (active == 0) {
                throw new IllegalStateException("no broker of the pair is active: see " + dataDir.resolve("broker-1.log"));
            }
            long pid = Long.parseLong(pair.getProperty("broker." + active + ".pid"));
            long killedAt = System.nanoTime();
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            System.err.printf(Locale.ROOT, "[broker-failover] kill -9 of broker %d (pid %d) at %d of %d messages acknowledged%n",
                    active, pid, acknowledged, messages);
            while (!isActive(pair, 3 - active)) {
                Thread.sleep(20);
            }
            System.err.printf(Locale.ROOT, "[broker-failover] broker %d active %d ms after the kill%n", 3 - active,
                    (System.nanoTime() - killedAt) / 1_000_000);
            return options.endpoints();
        });
    }

    private Properties pairProperties() throws IOException {
        Path file = dataDir.resolve("broker-pair.properties");
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " does not exist: start the platform with BROKER_HA=true");
        }
        Properties pair = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            pair.load(in);
        }
        return pair;
    }

    /** The member whose state file says active, or 0. */
    private static int active(Properties pair) throws IOException {
        return isActive(pair, 1) ? 1 : isActive(pair, 2) ? 2 : 0;
    }

    /** Its state file says active and its process lives (one killed with -9 leaves "active" behind). */
    private static boolean isActive(Properties pair, int member) throws IOException {
        Path state = Path.of(pair.getProperty("broker." + member + ".dir")).resolve("state");
        long pid = Long.parseLong(pair.getProperty("broker." + member + ".pid"));
        return Files.exists(state) && Files.readString(state).trim().equals("active")
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
