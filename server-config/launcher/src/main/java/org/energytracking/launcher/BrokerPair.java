package org.energytracking.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The broker pair of {@code BROKER_HA=true}: two {@link PairedBroker} processes, journals in DATA_DIR/broker-1 and
 * broker-2. The member whose journal was active last starts as primary (after a failover that is the former
 * backup: starting the other first would put a stale journal live). A member that dies is started again as backup
 * of the one that took over, so the pair is whole again without a second switch for the devices (if both died,
 * the one whose journal was active last comes back as primary). Where each
 * member is, its process id and role are in DATA_DIR/broker-pair.properties (the failover test reads it).
 */
final class BrokerPair implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BrokerPair.class.getName());
    private final BrokerPairSettings settings;
    private final Path dataDir;
    private final Map<String, String> environment;
    private final List<PairMember> members = new ArrayList<>();
    private volatile boolean closing;

    private BrokerPair(BrokerPairSettings settings, Path dataDir, Map<String, String> environment) {
        this.settings = settings;
        this.dataDir = dataDir;
        this.environment = environment;
    }

    /** Starts both members; {@code environment}: database and accounts, as {@link PairedBroker} reads them. */
    static BrokerPair start(BrokerPairSettings settings, Path dataDir, Path launcherJar, LaunchSettings launch,
                            DatabaseUrl dbUrl, BrokerAccount platform) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("MQTT_HOST", settings.mqttHost());
        env.put("PAIR_DB_URL", dbUrl.url());
        env.put("PAIR_DB_USER", launch.dbUser());
        env.put("PAIR_DB_PASSWORD", launch.dbPassword());
        env.put("PAIR_PLATFORM_PASSWORD", platform.password());
        env.put("PAIR_CLUSTER_PASSWORD", Secrets.random());
        env.put("MQTT_ALLOW_ANONYMOUS", Boolean.toString(launch.mqttAllowAnonymous()));
        env.put("BROKER_SECURITY_REPORT_SECONDS", Integer.toString(launch.brokerReportSeconds()));
        BrokerPair pair = new BrokerPair(settings, dataDir, env);
        int primary = lastActive(dataDir.resolve("broker-2")) > lastActive(dataDir.resolve("broker-1")) ? 1 : 0;
        for (int i = 0; i < 2; i++) {
            pair.members.add(new PairMember(i + 1, dataDir.resolve("broker-" + (i + 1)), launcherJar,
                    settings.mqttPorts().get(i), settings.corePorts().get(i), settings.corePorts().get(1 - i)));
        }
        for (int i = 0; i < 2; i++) {
            pair.startMember(i, i == primary);
        }
        return pair;
    }

    private synchronized void startMember(int index, boolean primary) throws IOException {
        PairMember member = members.get(index);
        member.start(primary, environment);
        writeProperties();
        // a pause before the restart, so that a member that cannot start (a taken port) does not spin
        member.process().onExit().thenAcceptAsync(process -> {
            if (!closing) {
                // as backup of the survivor; as primary only if both died and this journal was active last
                PairMember other = members.get(1 - index);
                boolean alone = !other.isAlive() && lastActive(member.dir()) >= lastActive(other.dir());
                LOG.warning(() -> "Broker " + member.number() + " (process " + process.pid() + ") exited with "
                        + process.exitValue() + "; starting it again as " + (alone ? "primary" : "backup"));
                try {
                    startMember(index, alone);
                } catch (IOException e) {
                    LOG.severe(() -> "Cannot start broker " + member.number() + " again: " + e.getMessage());
                }
            }
        }, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));
    }

    /** Waits until one member is active (its acceptors open), so the resource adapter finds it at deployment. */
    void awaitActive(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (members.stream().noneMatch(member -> "active".equals(member.state()))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("no broker of the pair active after " + timeout.toSeconds() + " s; see "
                        + members.get(0).log() + " and " + members.get(1).log());
            }
            Thread.sleep(100);
        }
    }

    private void writeProperties() throws IOException {
        StringBuilder text = new StringBuilder("mqtt.urls=" + settings.mqttUrls() + "\n");
        for (PairMember member : members) {
            if (member.process() != null) {
                text.append(member.properties());
            }
        }
        Secrets.writeOwnerOnly(dataDir.resolve("broker-pair.properties"), text.toString());
    }

    private static long lastActive(Path memberDir) {
        try {
            Path file = memberDir.resolve(PairedBroker.LAST_ACTIVE_FILE);
            return Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** The backup first, so that stopping the primary does not make it take over. */
    @Override
    public void close() {
        closing = true;
        members.stream().sorted((a, b) -> Boolean.compare("active".equals(a.state()), "active".equals(b.state())))
                .forEach(PairMember::stop);
    }
}
