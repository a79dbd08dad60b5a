package org.energytracking.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.core.server.ActiveMQServer;

/**
 * One member of the broker pair, in a JVM of its own (so that it can die alone: {@code kill -9} is what the
 * failover test does). The launcher's {@link BrokerPair} starts it from the launcher jar with its settings in the
 * environment, never on the command line (passwords). It writes its state to {@code DATA_DIR/state} for the
 * launcher and the tests, and the time it last became active to {@code last-active}: at the next start the
 * member with the newest journal must be the primary.
 */
public final class PairedBroker {

    static final String STATE_FILE = "state";
    static final String LAST_ACTIVE_FILE = "last-active";
    private static final Logger LOG = Logger.getLogger(PairedBroker.class.getName());
    // held: a logger nothing references can be collected, and its level with it
    private static final Logger ARTEMIS_AUDIT = Logger.getLogger("org.apache.activemq.audit");

    private PairedBroker() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        // Artemis audits every management call and consumer at INFO
        ARTEMIS_AUDIT.setLevel(Level.WARNING);
        BrokerNoise.install();
        Map<String, String> env = System.getenv();
        boolean primary = "primary".equals(env.get("PAIR_ROLE"));
        Path dir = Path.of(env.get("PAIR_DATA_DIR"));
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(STATE_FILE));
        int corePort = Integer.parseInt(env.get("PAIR_CORE_PORT"));
        // one host by default; on two hosts each member's CORE acceptor must be reachable by the other and the app servers
        String coreHost = env.getOrDefault("PAIR_CORE_HOST", "127.0.0.1");
        System.setProperty("energy.core.host", coreHost);
        Replication replication = new Replication(primary, coreHost, corePort, env.getOrDefault("PAIR_PEER_HOST", "127.0.0.1"),
                Integer.parseInt(env.get("PAIR_PEER_CORE_PORT")), env.get("PAIR_CLUSTER_PASSWORD"));
        BrokerSecurity security = new BrokerSecurity(new DeviceSecrets(env.get("PAIR_DB_URL"), env.get("PAIR_DB_USER"),
                env.get("PAIR_DB_PASSWORD")), env.get("PAIR_PLATFORM_PASSWORD"), LaunchSettings.booleanSetting(env, "MQTT_ALLOW_ANONYMOUS"));
        BrokerMetrics metrics = BrokerMetrics.serve(env.getOrDefault("PAIR_METRICS_HOST", "127.0.0.1"),
                LaunchSettings.intSetting(env, "PAIR_METRICS_PORT", corePort + BrokerMetrics.AFTER_CORE_PORT));
        EmbeddedBroker broker = EmbeddedBroker.start(dir, env.get("MQTT_HOST"), Integer.parseInt(env.get("PAIR_MQTT_PORT")),
                corePort, security, LaunchSettings.intSetting(env, "BROKER_SECURITY_REPORT_SECONDS", 60), metrics.and(replication));
        LOG.info(() -> "Broker pair member started as " + (primary ? "primary" : "backup") + ", journal in " + dir);
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        StateFile state = new StateFile(dir, broker.server());
        watch.scheduleWithFixedDelay(state::update, 0, 200, TimeUnit.MILLISECONDS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watch.shutdownNow();
            broker.close();
            metrics.close();
            state.write("stopped");
            stopped.countDown();
        }, "broker-shutdown"));
        stopped.await();
    }

    /** active, backup-in-sync or backup-syncing, written when it changes. */
    private static final class StateFile {
        private final Path dir;
        private final ActiveMQServer server;
        private String written = "";

        StateFile(Path dir, ActiveMQServer server) {
            this.dir = dir;
            this.server = server;
        }

        void update() {
            String now = server.isActive() ? "active" : server.isReplicaSync() ? "backup-in-sync" : "backup-syncing";
            if (!now.equals(written)) {
                if (now.equals("active")) {
                    write(dir.resolve(LAST_ACTIVE_FILE), Long.toString(System.currentTimeMillis()));
                }
                write(now);
                LOG.info(() -> "Broker pair member is now " + now);
            }
        }

        synchronized void write(String state) {
            write(dir.resolve(STATE_FILE), state);
            written = state;
        }

        private static void write(Path file, String text) {
            try {
                Path next = file.resolveSibling(file.getFileName() + ".next");
                Files.writeString(next, text);
                Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LOG.warning(() -> "Cannot write " + file + ": " + e.getMessage());
            }
        }
    }
}
