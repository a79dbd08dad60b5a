package org.energytracking.simulator;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** The {@code simulate} command: registers N devices, then publishes their readings at a total message rate. */
final class Simulator {

    static final String TIMEZONE = "Europe/Berlin";

    private final SimulateOptions options;
    private final Path countersFile;
    private final PublishStats stats = new PublishStats();
    private volatile boolean running = true;
    private double publishSeconds;

    Simulator(SimulateOptions options, Path dataDir) {
        this.options = options;
        this.countersFile = dataDir.resolve("simulator-energy.properties");
    }

    void run() throws Exception {
        List<DeviceApi.NewDevice> newDevices = new ArrayList<>();
        for (int i = 0; i < options.devices(); i++) {
            newDevices.add(new DeviceApi.NewDevice(options.deviceId(i), "Simulated plug " + (i + 1), "plug", "lab", TIMEZONE));
        }
        DeviceApi.Registered registered = options.endpoints().api().registerAll(newDevices);
        System.err.printf("devices: %d registered, %d existed already%n", registered.created(), registered.existing());

        List<SimulatedDevice> devices = createDevices();
        List<MqttPublisher> publishers = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            running = false;
            try {
                finished.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            String run = Long.toString(ProcessHandle.current().pid(), 36);
            publishers.addAll(MqttPublisher.connectAll(options.endpoints().mqttUrl(), "sim-" + run + "-",
                    devices.stream().map(SimulatedDevice::deviceId).toList(), registered.logins(), options.qos(), true, stats));
            System.err.printf("publishing %s msgs/s (%d readings each) for %d devices to %s, %s%n",
                    number(options.rate()), options.batch(), devices.size(), options.endpoints().mqttUrl(),
                    options.forever() ? "until Ctrl-C" : "for " + options.durationSeconds() + " s");
            try (Progress progress = Progress.everySecond(progressLine(publishers))) {
                long start = System.nanoTime();
                publishLoop(devices, publishers);
                publishSeconds = (System.nanoTime() - start) / 1e9;
                for (MqttPublisher publisher : publishers) {
                    publisher.drain(5_000);
                }
            }
        } finally {
            publishers.forEach(MqttPublisher::close);
            saveCounters(devices);
            System.err.printf("stopped: %d messages (%d readings) sent in %.1f s, %d acknowledged, %d errors%s%n",
                    stats.sentMessages.sum(), stats.sentReadings.sum(), publishSeconds, stats.ackedMessages.sum(),
                    stats.errors.sum(), stats.lastError() == null ? "" : " (last: " + stats.lastError() + ")");
            finished.countDown();
        }
    }

    private List<SimulatedDevice> createDevices() {
        Map<String, Double> counters = EnergyCounters.load(countersFile);
        long now = System.currentTimeMillis();
        long firstSpan = Math.max(1, Math.round(options.messageIntervalMillis()));
        List<SimulatedDevice> devices = new ArrayList<>(options.devices());
        for (int i = 0; i < options.devices(); i++) {
            String id = options.deviceId(i);
            LoadProfile profile = new LoadProfile(id.hashCode() * 1_000_003L + now, ZoneId.of(TIMEZONE));
            Double saved = counters.get(id);
            if (saved != null) {
                profile.startingAt(saved);
            }
            devices.add(new SimulatedDevice(id, profile, now - firstSpan));
        }
        return devices;
    }

    /** Sends message m at start + m / rate, round-robin over the devices, each on its own connection. */
    private void publishLoop(List<SimulatedDevice> devices, List<MqttPublisher> publishers) throws InterruptedException {
        long intervalNanos = Math.max(1, Math.round(1e9 / options.rate()));
        long start = System.nanoTime();
        long end = options.forever() ? Long.MAX_VALUE : start + TimeUnit.SECONDS.toNanos(options.durationSeconds());
        long due = start;
        long message = 0;
        while (running) {
            long now = System.nanoTime();
            if (now - end >= 0) {
                return;
            }
            if (due - now > 0) {
                LockSupport.parkNanos(Math.min(due - now, 100_000_000L));
                continue;
            }
            int index = (int) (message % devices.size());
            SimulatedDevice device = devices.get(index);
            long runMillis = (now - start) / 1_000_000;
            Disturbance disturbance = options.disturbance();
            if (index == 0 && disturbance.silentAt(runMillis)) {
                message++;
                due += intervalNanos;
                continue;
            }
            byte[] payload = index == 0 ? device.payloadUntil(System.currentTimeMillis(), options.batch(), r -> disturbance.applied(r, runMillis))
                    : device.payloadUntil(System.currentTimeMillis(), options.batch());
            MqttPublisher publisher = publishers.get(index);
            while (running && !publisher.publish(device.topic(), payload, options.batch(), 100)) {
                // in-flight window full: the broker is slower than the requested rate
            }
            message++;
            due += intervalNanos;
            if (System.nanoTime() - due > TimeUnit.SECONDS.toNanos(1)) {
                due = System.nanoTime(); // fell behind by over a second: don't burst to catch up
            }
        }
    }

    private Supplier<String> progressLine(List<MqttPublisher> publishers) {
        Progress.Rate messageRate = new Progress.Rate();
        Progress.Rate readingRate = new Progress.Rate();
        return () -> {
            long acked = stats.ackedMessages.sum(); // before sent: an ack is always counted after its send
            long sent = stats.sentMessages.sum();
            int inFlight = publishers.stream().mapToInt(MqttPublisher::inFlight).sum();
            return String.format(Locale.ROOT, "sent %d msgs (%s msgs/s, %s readings/s), acked %d, in flight %d, errors %d",
                    sent, number(messageRate.perSecond(sent)), number(readingRate.perSecond(stats.sentReadings.sum())),
                    acked, inFlight, stats.errors.sum());
        };
    }

    private void saveCounters(List<SimulatedDevice> devices) {
        Map<String, Double> counters = new HashMap<>();
        devices.forEach(d -> counters.put(d.deviceId(), d.energyWh()));
        EnergyCounters.save(countersFile, counters);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
    }
}
