package org.energytracking.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** One broker process of the {@link BrokerPair}: its ports and journal stay; its role may change at a restart. */
final class PairMember {

    private static final Logger LOG = Logger.getLogger(PairMember.class.getName());
    private final int number;
    private final Path dir;
    private final Path launcherJar;
    private final int mqttPort;
    private final int corePort;
    private final int peerCorePort;
    private volatile Process process;
    private volatile boolean primary;

    PairMember(int number, Path dir, Path launcherJar, int mqttPort, int corePort, int peerCorePort) {
        this.number = number;
        this.dir = dir;
        this.launcherJar = launcherJar;
        this.mqttPort = mqttPort;
        this.corePort = corePort;
        this.peerCorePort = peerCorePort;
    }

    void start(boolean asPrimary, Map<String, String> environment) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(PairedBroker.STATE_FILE));
        primary = asPrimary;
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                // global-max-size is 256 MB (the broker pages beyond it), as for the embedded broker
                "-Xmx512m", "-XX:MaxDirectMemorySize=256m"));
        command.addAll(PayaraServer.RETURN_IDLE_MEMORY);
        command.addAll(List.of("-cp", launcherJar.toString(), PairedBroker.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> env = builder.environment();
        env.putAll(PayaraServer.FEW_MALLOC_ARENAS);
        env.putAll(environment);
        env.put("PAIR_ROLE", asPrimary ? "primary" : "backup");
        env.put("PAIR_DATA_DIR", dir.toString());
        env.put("PAIR_MQTT_PORT", Integer.toString(mqttPort));
        env.put("PAIR_CORE_PORT", Integer.toString(corePort));
        env.put("PAIR_PEER_CORE_PORT", Integer.toString(peerCorePort));
        env.put("PAIR_METRICS_PORT", Integer.toString(corePort + BrokerMetrics.AFTER_CORE_PORT));
        process = builder.start();
        LOG.info(() -> "Broker " + number + " started as " + (asPrimary ? "primary" : "backup") + " (process "
                + process.pid() + ", MQTT on " + mqttPort + ", CORE on 127.0.0.1:" + corePort + ", log " + log() + ")");
    }

    /** What its state file says: active, backup-in-sync, backup-syncing, stopped; "starting" before it wrote one. */
    String state() {
        try {
            Path file = dir.resolve(PairedBroker.STATE_FILE);
            return Files.exists(file) ? Files.readString(file).trim() : "starting";
        } catch (IOException e) {
            return "starting";
        }
    }

    String properties() {
        String key = "broker." + number + ".";
        return key + "pid=" + process.pid() + "\n" + key + "dir=" + dir + "\n" + key + "mqtt.url=tcp://127.0.0.1:" + mqttPort
                + "\n" + key + "started.as=" + (primary ? "primary" : "backup") + "\n";
    }

    Path log() {
        return dir.resolveSibling("broker-" + number + ".log");
    }

    Path dir() {
        return dir;
    }

    boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    int number() {
        return number;
    }

    Process process() {
        return process;
    }

    void stop() {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warning(() -> "Broker " + number + " did not stop within 30 s; killing it");
                running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }
}
