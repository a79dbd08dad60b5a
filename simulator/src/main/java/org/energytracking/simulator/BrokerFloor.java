package org.energytracking.simulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The {@code broker-floor} command: what the broker alone costs per single-reading QoS 1 message. It starts the run
 * command's embedded broker in a JVM of its own (launcher.jar's FloorBroker: broker.xml, synced journal), a consumer
 * JVM that takes the shared durable subscription as the resource adapter does (FloorConsumer: no app server, no
 * database), and publishes from this JVM over Paho as the benchmark does; the broker JVM's CPU from /proc, per
 * acknowledged message, over a fixed-rate window and a flat-out window.
 */
final class BrokerFloor {

    /** The run profile's flags for the launcher's JVM, which holds the embedded broker. */
    static final List<String> BROKER_JVM = List.of("-Xmx512m", "-XX:MaxDirectMemorySize=256m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20", "-XX:G1PeriodicGCInterval=60000");
    private static final long FLAT_LEAD_IN_SECONDS = 10;

    /** Counters at one instant. */
    private record Snapshot(long nanos, long broker, long consumer, long publisher, long machine, long acked, long consumed) {
    }

    private final FloorOptions options;
    private final Path dataDir;
    private final List<String> brokerThreads = new ArrayList<>();
    private volatile Pacer pacer;
    private volatile boolean stopping;

    BrokerFloor(FloorOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    void run() throws Exception {
        Path dir = dataDir.resolve("broker-floor");
        deleteRecursively(dir);
        Files.createDirectories(dir);
        int mqttPort = freePort();
        int corePort = freePort();
        Map<String, String> environment = Map.of("FLOOR_PLATFORM_PASSWORD", UUID.randomUUID().toString(), "MALLOC_ARENA_MAX", "2");
        List<String> jvm = new ArrayList<>(BROKER_JVM);
        options.jfr().ifPresent(file -> jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                + file.toAbsolutePath()));
        List<String> brokerArgs = new ArrayList<>(List.of(dir.resolve("broker").toString(), Integer.toString(mqttPort),
                Integer.toString(corePort)));
        brokerArgs.addAll(options.brokerSettings());
        System.err.printf(Locale.ROOT, "[floor] broker on MQTT %d, CORE %d, settings %s; logs in %s%n", mqttPort, corePort,
                options.brokerSettings().isEmpty() ? "as broker.xml" : options.brokerSettings(), dir);
        try (FloorProcess broker = FloorProcess.start("broker", jvm, options.launcherJar(),
                "org.energytracking.launcher.FloorBroker", brokerArgs, environment, dir.resolve("broker.log"))) {
            broker.awaitReady(120);
            try (FloorProcess consumer = FloorProcess.start("consumer", List.of("-Xmx256m"), options.launcherJar(),
                    "org.energytracking.launcher.FloorConsumer", List.of(Integer.toString(corePort),
                            Integer.toString(options.sessions()), Integer.toString(options.windowBytes())),
                    environment, dir.resolve("consumer.log"))) {
                consumer.awaitReady(120);
                measure(broker, consumer, "tcp://127.0.0.1:" + mqttPort);
            }
        }
    }

    private void measure(FloorProcess broker, FloorProcess consumer, String mqttUrl) throws Exception {
        PublishStats stats = new PublishStats();
        Map<String, ApiAnswers.MqttLogin> logins = new LinkedHashMap<>();
        for (int i = 1; i <= options.devices(); i++) {
            logins.put("floor-" + i, new ApiAnswers.MqttLogin("", "")); // anonymous: FloorBroker has no database
        }
        List<MqttPublisher> publishers = MqttPublisher.connectAll(mqttUrl, "floor-", List.copyOf(logins.keySet()), logins, 1,
                false, stats);
        ExecutorService threads = Executors.newFixedThreadPool(options.clients());
        List<FloorPhase> phases = new ArrayList<>();
        try (Progress progress = Progress.every(5_000, () -> String.format(Locale.ROOT, "[floor] acked %d, consumed %d, errors %d",
                stats.ackedMessages.sum(), consumer.consumed(), stats.errors.sum()))) {
            pacer = options.seconds() > 0 ? Pacer.perSecond(options.rate()) : null;
            List<Future<?>> results = new ArrayList<>();
            for (int c = 0; c < options.clients(); c++) {
                int client = c;
                results.add(threads.submit(() -> {
                    publishDevices(client, publishers, List.copyOf(logins.keySet()));
                    return null;
                }));
            }
            if (options.seconds() > 0) {
                System.err.printf(Locale.ROOT, "[floor] %d msgs/s: %d s warm-up, %d s measured%n", options.rate(),
                        options.warmupSeconds(), options.seconds());
                Thread.sleep(options.warmupSeconds() * 1_000);
                phases.add(window("steady " + options.rate() + "/s", options.seconds(), broker, consumer, stats));
            }
            if (options.flatSeconds() > 0) {
                pacer = null;
                System.err.printf(Locale.ROOT, "[floor] flat out: %d s lead-in, %d s measured%n", FLAT_LEAD_IN_SECONDS,
                        options.flatSeconds());
                Thread.sleep(FLAT_LEAD_IN_SECONDS * 1_000);
                phases.add(window("flat out", options.flatSeconds(), broker, consumer, stats));
            }
            stopping = true;
            for (Future<?> result : results) {
                result.get();
            }
            for (MqttPublisher publisher : publishers) {
                PhaseRunner.drain(publisher, stats);
            }
            awaitConsumed(consumer, stats.ackedMessages.sum());
        } finally {
            threads.shutdownNow();
            publishers.forEach(MqttPublisher::close);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "broker floor: %d anonymous Paho publishers (QoS 1, one reading a message), consumer with"
                + " %d sessions (window %d B), broker settings %s%n", options.devices(), options.sessions(), options.windowBytes(),
                options.brokerSettings().isEmpty() ? "as broker.xml" : options.brokerSettings());
        System.out.print(FloorPhase.header());
        phases.forEach(phase -> System.out.print(phase.row()));
        for (int i = 0; i < phases.size(); i++) {
            System.out.println("  the broker's busiest threads, " + phases.get(i).name() + ":");
            System.out.print(brokerThreads.get(i));
        }
        long acked = stats.ackedMessages.sum();
        System.out.printf(Locale.ROOT, "acknowledged %d, consumed %d, publish errors %d%s%n", acked, consumer.consumed(),
                stats.errors.sum(), stats.lastError() == null ? "" : " (last: " + stats.lastError() + ")");
    }

    /** Sleeps through a measured window; what the three JVMs and the machine did in it. */
    private FloorPhase window(String name, long seconds, FloorProcess broker, FloorProcess consumer, PublishStats stats)
            throws Exception {
        ThreadCpu threadsBefore = ThreadCpu.read(broker.pid());
        Snapshot start = snapshot(broker, consumer, stats);
        Thread.sleep(seconds * 1_000);
        Snapshot end = snapshot(broker, consumer, stats);
        brokerThreads.add(ThreadCpu.describe(ThreadCpu.read(broker.pid()).topSince(threadsBefore, 8),
                (end.nanos() - start.nanos()) / 1e9, end.acked() - start.acked()));
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        return new FloorPhase(name, (end.nanos() - start.nanos()) / 1e9, end.acked() - start.acked(),
                end.consumed() - start.consumed(), end.acked() - end.consumed(), end.broker() - start.broker(),
                end.consumer() - start.consumer(), end.publisher() - start.publisher(), end.machine() - start.machine(),
                Double.parseDouble(load));
    }

    private static Snapshot snapshot(FloorProcess broker, FloorProcess consumer, PublishStats stats) throws IOException {
        return new Snapshot(System.nanoTime(), CpuShare.Meter.ticks(broker.pid()), CpuShare.Meter.ticks(consumer.pid()),
                CpuShare.Meter.ticks(ProcessHandle.current().pid()), CpuShare.Meter.machineTicks(), stats.ackedMessages.sum(),
                consumer.consumed());
    }

    /** Device i is published by thread i % clients, round-robin, each message one permit of the pacer while there is one. */
    private void publishDevices(int client, List<MqttPublisher> publishers, List<String> ids) throws InterruptedException {
        List<SimulatedDevice> devices = new ArrayList<>();
        List<MqttPublisher> own = new ArrayList<>();
        for (int i = client; i < ids.size(); i += options.clients()) {
            devices.add(new SimulatedDevice(ids.get(i), new LoadProfile(ids.get(i).hashCode(), ZoneId.of(Simulator.TIMEZONE)),
                    System.currentTimeMillis() - 1_000));
            own.add(publishers.get(i));
        }
        for (int d = 0; !stopping; d = (d + 1) % devices.size()) {
            Pacer current = pacer;
            if (current != null) {
                current.acquire();
            }
            SimulatedDevice device = devices.get(d);
            byte[] payload = device.payloadUntil(System.currentTimeMillis(), 1);
            while (!own.get(d).publish(device.topic(), payload, 1, 1_000) && !stopping) {
                // in-flight window full: wait for acknowledgements
            }
        }
    }

    /** Waits until the consumer has taken every acknowledged message, or until its count stood still for 30 s. */
    private static void awaitConsumed(FloorProcess consumer, long acked) throws InterruptedException {
        long last = -1;
        long stillSince = System.nanoTime();
        while (consumer.consumed() < acked && System.nanoTime() - stillSince < 30_000_000_000L) {
            Thread.sleep(200);
            if (consumer.consumed() != last) {
                last = consumer.consumed();
                stillSince = System.nanoTime();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
