package org.energytracking.simulator;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark's steady phase: single-reading messages from its own devices, paced at a fixed total rate
 * for a fixed time, with latency probes beside them and the platform's resident memory sampled throughout.
 */
final class SteadyPhase {

    /** What the phase measured; {@code memory} is empty when the platform does not run on this machine. */
    record Result(BenchmarkReport.PhaseResult counts, double requestedRate, double achievedRate, double seconds,
                  LatencyProbe.Outcome probes, long sampleMillis, List<MemoryGrowth.Sample> memory,
                  Optional<MemoryGrowth> growth, Optional<CpuShare> cpu) {
    }

    private final BenchmarkOptions options;
    private final Path dataDir;

    SteadyPhase(BenchmarkOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    /** Samples every 15 s, or 40 times in a shorter run (at least once a second). */
    static long sampleMillis(long seconds) {
        return Math.max(1_000, Math.min(15_000, seconds * 1_000 / 40));
    }

    Result run(PhasePlan plan, String probeDeviceId, Map<String, ApiAnswers.MqttLogin> logins, ReadingStore store,
               String clientPrefix) throws Exception {
        PublishStats stats = new PublishStats();
        String mqtt = options.endpoints().mqttUrl();
        List<String> deviceIds = new ArrayList<>();
        for (int i = 0; i < plan.devices(); i++) {
            deviceIds.add(plan.deviceId(i));
        }
        List<MemoryGrowth.Sample> memory = new ArrayList<>();
        List<MqttPublisher> publishers = new ArrayList<>();
        Published published;
        try {
            publishers.addAll(MqttPublisher.connectAll(mqtt, clientPrefix + "-", deviceIds, logins, options.qos(), false, stats));
            publishers.addAll(MqttPublisher.connectAll(mqtt, clientPrefix + "-", List.of(probeDeviceId), logins, 1, false,
                    new PublishStats()));
            LatencyProbe probe = new LatencyProbe(options.endpoints(), publishers.get(plan.devices()), probeDeviceId,
                    options.pollMillis());
            published = publish(plan, publishers, probe, stats, memory);
            for (MqttPublisher publisher : publishers.subList(0, plan.devices())) {
                PhaseRunner.drain(publisher, stats);
            }
        } finally {
            publishers.forEach(MqttPublisher::close);
        }
        double seconds = (published.stopped() - published.start()) / 1e9;
        long sent = stats.sentMessages.sum();
        System.err.printf(Locale.ROOT, "[%s] published %d messages in %.1f s (%d errors%s), waiting until stored%n", plan.name(),
                sent, seconds, stats.errors.sum(), stats.lastError() == null ? "" : ", last: " + stats.lastError());
        ReadingStore.Stored stored = store.awaitStored(plan.name(), plan.deviceIdPattern(), stats.sentReadings.sum(),
                Benchmark.STABLE_MILLIS);
        double storedSeconds = (Math.max(stored.lastGrowthNanos(), published.stopped()) - published.start()) / 1e9;
        BenchmarkReport.PhaseResult counts = new BenchmarkReport.PhaseResult(plan.name(), sent, stats.sentReadings.sum(),
                stored.count(), storedSeconds, seconds, stats.errors.sum());
        List<MemoryGrowth.Sample> samples;
        synchronized (memory) {
            samples = List.copyOf(memory);
        }
        return new Result(counts, options.steadyRate(), sent / seconds, seconds, published.probes(),
                sampleMillis(options.steadySeconds()), samples, MemoryGrowth.of(samples, seconds), published.cpu());
    }

    /** When the paced publishing started and stopped (System.nanoTime), and the probes' outcome. */
    private record Published(long start, long stopped, LatencyProbe.Outcome probes, Optional<CpuShare> cpu) {
    }

    private Published publish(PhasePlan plan, List<MqttPublisher> publishers, LatencyProbe probe, PublishStats stats,
                              List<MemoryGrowth.Sample> memory) throws Exception {
        System.err.printf(Locale.ROOT, "[%s] %d msgs/s for %d s from %d devices on %d threads; probes %.0f/s polled every %d ms%n",
                plan.name(), options.steadyRate(), options.steadySeconds(), plan.devices(), options.clients(),
                LatencyProbe.PROBES_PER_SECOND, options.pollMillis());
        ExecutorService threads = Executors.newFixedThreadPool(options.clients() + 1);
        long start = System.nanoTime();
        long end = start + options.steadySeconds() * 1_000_000_000L;
        try (Progress memoryProgress = Progress.every(sampleMillis(options.steadySeconds()), () -> sample(memory, start));
             Progress progress = Progress.every(5_000, () -> String.format(Locale.ROOT, "[%s] %d/%d s: sent %d, acked %d, errors %d; %s",
                     plan.name(), (System.nanoTime() - start) / 1_000_000_000L, options.steadySeconds(), stats.sentMessages.sum(),
                     stats.ackedMessages.sum(), stats.errors.sum(), probe.progress()))) {
            Optional<CpuShare.Meter> cpu = CpuShare.Meter.start(dataDir);
            Pacer pacer = Pacer.perSecond(options.steadyRate());
            List<Future<?>> results = new ArrayList<>();
            for (int c = 0; c < options.clients(); c++) {
                int client = c;
                results.add(threads.submit(() -> {
                    publishDevices(plan, client, publishers, pacer, end);
                    return null;
                }));
            }
            Future<LatencyProbe.Outcome> probing = threads.submit(() -> probe.run(end));
            for (Future<?> result : results) {
                result.get();
            }
            long stopped = System.nanoTime();
            Optional<CpuShare> share = cpu.flatMap(meter -> meter.stop(stats.sentMessages.sum()));
            return new Published(start, stopped, probing.get(), share); // the poller goes on until every probe is seen or lost
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            threads.shutdownNow();
        }
    }

    private String sample(List<MemoryGrowth.Sample> memory, long startNanos) {
        long mb = LocalProcesses.platformResidentMb(dataDir);
        double at = (System.nanoTime() - startNanos) / 1e9;
        if (mb < 0) {
            return String.format(Locale.ROOT, "[steady] %.0f s: resident memory unknown (platform not on this machine)", at);
        }
        synchronized (memory) {
            memory.add(new MemoryGrowth.Sample(at, mb));
        }
        return String.format(Locale.ROOT, "[steady] %.0f s: app server + broker resident %s MB", at, Simulator.number(mb));
    }

    /** Device i is published by thread i % clients, round-robin; each message takes one permit of the shared pacer. */
    private void publishDevices(PhasePlan plan, int client, List<MqttPublisher> publishers, Pacer pacer, long endNanos)
            throws InterruptedException {
        List<SimulatedDevice> devices = new ArrayList<>();
        List<MqttPublisher> own = new ArrayList<>();
        for (int i = client; i < plan.devices(); i += options.clients()) {
            String id = plan.deviceId(i);
            devices.add(new SimulatedDevice(id, new LoadProfile(id.hashCode(), ZoneId.of(Simulator.TIMEZONE)),
                    System.currentTimeMillis() - 1_000));
            own.add(publishers.get(i));
        }
        for (int d = 0; pacer.acquire() - endNanos < 0; d = (d + 1) % devices.size()) {
            SimulatedDevice device = devices.get(d);
            byte[] payload = device.payloadUntil(System.currentTimeMillis(), 1);
            while (!own.get(d).publish(device.topic(), payload, 1, 1_000)) {
                // in-flight window full: wait for acknowledgements
            }
        }
    }
}
