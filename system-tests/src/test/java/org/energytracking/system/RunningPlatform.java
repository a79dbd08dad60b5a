package org.energytracking.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as a user runs it: the launcher jar with embedded MariaDB and Artemis, on
 * free ports (Mosquitto holds 1883 here), data under target/. Started once for the whole suite.
 */
final class RunningPlatform {

    private static final int MQTT_OFFSET = 93;
    static final String ADMIN_EMAIL = "admin@it.test";
    static final String ADMIN_PASSWORD = "It-Admin-Pass-1";

    final Path dataDir;
    final int httpPort;
    final int mqttPort;
    private final Path launcherJar;
    private final Map<String, String> settings;
    private Process launcher;
    private int smtpPort;
    private Instant startedAt;

    private RunningPlatform(Path launcherJar, Path dataDir, int httpPort, int mqttPort, Map<String, String> settings) {
        this.launcherJar = launcherJar;
        this.settings = settings;
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.mqttPort = mqttPort;
    }

    static RunningPlatform onFreePorts() throws IOException {
        return onFreePorts("", Map.of());
    }

    /** Another platform beside the suite's: data in target/it-data{suffix}, with further settings (say BROKER_HA). */
    static RunningPlatform onFreePorts(String dataSuffix, Map<String, String> settings) throws IOException {
        return onPortBase(freePortBase(20_000, 12_000, 0), dataSuffix, settings);
    }

    /**
     * A deployment group of {@code instances} behind HAProxy (CLUSTER_INSTANCES), with the broker pair. Its port
     * bases lie below the suite platform's (13,000 – 19,xxx), so that neither takes the other's instance ports.
     */
    static RunningPlatform clusterOnFreePorts(int instances) throws IOException {
        return onPortBase(freePortBase(13_000, 6_600, instances), "-cluster", Map.of("CLUSTER_INSTANCES", Integer.toString(instances)));
    }

    private static RunningPlatform onPortBase(int base, String dataSuffix, Map<String, String> settings) {
        Path jar = Path.of(System.getProperty("launcher.jar", "../server-config/launcher/target/launcher.jar"));
        Path data = Path.of(System.getProperty("platform.data", "target/it-data") + dataSuffix).toAbsolutePath();
        return new RunningPlatform(jar, data, base + 80, base + MQTT_OFFSET, settings);
    }

    /** Starts it again, as before. */
    void start(Duration timeout) throws IOException, InterruptedException {
        start(timeout, smtpPort);
    }

    void start(Duration timeout, int smtpPort) throws IOException, InterruptedException {
        this.smtpPort = smtpPort;
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-XX:MaxDirectMemorySize=256m", "-jar", launcherJar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("launcher.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("DATA_DIR", dataDir.toString());
        env.put("HTTP_PORT", Integer.toString(httpPort));
        env.put("MQTT_PORT", Integer.toString(mqttPort));
        env.put("MQTT_HOST", "127.0.0.1");
        env.put("ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", Integer.toString(smtpPort));
        env.put("PUBLIC_URL", httpUrl());
        env.put("GATEWAY_TRUSTED_PROXIES", "127.0.0.1");
        env.put("CORS_ALLOWED_ORIGINS", "https://portal.example");
        env.put("ALERTS_CHECK_INTERVAL_SECONDS", "2");
        env.put("ANOMALIES_CHECK_INTERVAL_SECONDS", "2");
        env.put("NOTIFY_RETRY_FIRST_SECONDS", "1");
        env.put("BROKER_SECURITY_REPORT_SECONDS", "5");
        // SignInFloodIT: a flood must queue for longer than this at any speed of hashing (the app server's few HTTP
        // worker threads bound how many sign-ins wait at once; two queued checks of 0.15 s already exceed it)
        env.put("PASSWORD_CHECK_WAIT_MILLIS", "200");
        // SmsIT waits for a notification to be given up
        env.put("NOTIFY_GIVE_UP_AFTER", "PT20S");
        // DeviceFamiliesIT publishes Shelly Gen1 values a second apart as separate instants
        env.put("INGEST_SHELLY_GEN1_MERGE_WINDOW", "PT1S");
        env.put("REPORTS_CHECK_INTERVAL_SECONDS", "2");
        // ReportsRestartIT waits for the lease of a run its killed job held
        env.put("REPORTS_LEASE", "PT20S");
        List.of("DB_URL", "BROKER_URL", "PORT_BASE", "SMTP_USER", "SMTP_PASSWORD", "BROKER_HA", "MQTT_BACKUP_PORT",
                "CLUSTER_INSTANCES").forEach(env::remove);
        env.putAll(settings);
        Files.createDirectories(dataDir);
        Files.deleteIfExists(endpointsFile());
        startedAt = Instant.now();
        launcher = builder.start();
        Path log = dataDir.resolve("launcher.log");
        await("the platform started (it writes its endpoints file last; see " + log + ")").atMost(timeout)
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    if (!launcher.isAlive()) {
                        throw new IllegalStateException("the launcher exited before the platform started; see " + log);
                    }
                    return Files.exists(endpointsFile());
                });
    }

    /** When it was last started: what it planned at its start (say, partitions ahead) follows this moment's calendar. */
    Instant startedAt() {
        return startedAt;
    }

    /** Stops it as Ctrl-C does. */
    void stop() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        }
    }

    boolean stoppedCleanly() {
        return launcher != null && !launcher.isAlive() && launcher.exitValue() != 137;
    }

    Properties endpoints() throws IOException {
        Properties endpoints = new Properties();
        try (InputStream in = Files.newInputStream(endpointsFile())) {
            endpoints.load(in);
        }
        return endpoints;
    }

    Path endpointsFile() {
        return dataDir.resolve("endpoints.properties");
    }

    String httpUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    String mqttUrl() {
        return "tcp://127.0.0.1:" + mqttPort;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A Payara port base whose ports (base+9 .. base+86, and the MQTT port; with a broker pair base+62 and the
     * next MQTT port) are all free. All below 32768, where
     * Linux takes the local ports of outgoing connections from: with a connection per device there are many, and
     * one of them on a Payara port made the app server's restart fail with "Address already in use".
     */
    private static int freePortBase(int lowest, int range, int instances) {
        List<Integer> offsets = List.of(9, 37, 38, 39, 48, 49, 59, 61, 62, 63, 64, 66, 76, 80, 81, 86, 90, MQTT_OFFSET, MQTT_OFFSET + 1);
        int span = 100 * (instances + 1);
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = lowest + span * ThreadLocalRandom.current().nextInt(range / span);
            // each instance i of a deployment group has the same offsets from base + 100 i
            if (java.util.stream.IntStream.rangeClosed(0, instances).allMatch(i ->
                    offsets.stream().allMatch(offset -> isFree(base + 100 * i + offset)))) {
                return base;
            }
        }
        throw new IllegalStateException("no free port range found");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
