package org.energytracking.simulator;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Publishes one {@link PhasePlan} as fast as the broker accepts it: {@code clients} threads, device i on
 * thread i % clients, each thread going round-robin over its devices; every device has its own Paho
 * connection, logged in as that device.
 */
final class PhaseRunner {

    /** When the publishing started and when the last message was acknowledged (System.nanoTime). */
    record Published(long startNanos, long endNanos, PublishStats stats) {
    }

    private static final long DRAIN_STALL_MILLIS = 60_000;

    private final String mqttUrl;
    private final int qos;
    private final int clients;
    private final String clientPrefix;
    private final Map<String, ApiAnswers.MqttLogin> logins;
    private boolean reconnect;

    PhaseRunner(String mqttUrl, int qos, int clients, String clientPrefix, Map<String, ApiAnswers.MqttLogin> logins) {
        this.mqttUrl = mqttUrl;
        this.qos = qos;
        this.clients = clients;
        this.clientPrefix = clientPrefix;
        this.logins = logins;
    }

    /** Publishers that ride out a broker restart (persistent sessions, reconnect, resend). */
    PhaseRunner reconnecting() {
        this.reconnect = true;
        return this;
    }

    Published publish(PhasePlan plan) throws Exception {
        return publish(plan, new PublishStats());
    }

    /** Publishes the plan, counting into {@code stats}, which a caller may watch meanwhile. */
    Published publish(PhasePlan plan, PublishStats stats) throws Exception {
        List<MqttPublisher> publishers = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<String> deviceIds = new ArrayList<>();
            for (int i = 0; i < plan.devices(); i++) {
                deviceIds.add(plan.deviceId(i));
            }
            publishers.addAll(MqttPublisher.connectAll(mqttUrl, clientPrefix + "-", deviceIds, logins, qos, reconnect, stats));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(threads.submit(() -> {
                    go.await();
                    publishDevices(plan, client, publishers);
                    return null;
                }));
            }
            Progress.Rate rate = new Progress.Rate();
            try (Progress progress = Progress.everySecond(() -> {
                long acked = stats.ackedMessages.sum(); // before sent: an ack is always counted after its send
                long sent = stats.sentMessages.sum();
                return String.format(Locale.ROOT, "[%s] published %d/%d msgs (%s msgs/s), acked %d, errors %d, resent %d",
                        plan.name(), sent, plan.messages(), Simulator.number(rate.perSecond(sent)), acked,
                        stats.errors.sum(), stats.resent.sum());
            })) {
                long start = System.nanoTime();
                go.countDown();
                for (Future<?> result : results) {
                    result.get();
                }
                for (MqttPublisher publisher : publishers) {
                    drain(publisher, stats);
                }
                return new Published(start, System.nanoTime(), stats);
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            threads.shutdownNow();
            publishers.forEach(MqttPublisher::close);
        }
    }

    private void publishDevices(PhasePlan plan, int client, List<MqttPublisher> publishers) throws InterruptedException {
        List<SimulatedDevice> devices = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = client; i < plan.devices(); i += clients) {
            LoadProfile profile = new LoadProfile(plan.deviceId(i).hashCode(), ZoneId.of(Simulator.TIMEZONE));
            devices.add(new SimulatedDevice(plan.deviceId(i), profile, plan.startTs() - plan.stepMs()));
            indexes.add(i);
        }
        for (long round = 0; round < plan.rounds(); round++) {
            long first = round * plan.batchSize();
            for (int d = 0; d < devices.size(); d++) {
                long count = Math.min(plan.batchSize(), plan.readingsPerDevice()[indexes.get(d)] - first);
                if (count <= 0) {
                    continue;
                }
                SimulatedDevice device = devices.get(d);
                // readingsUntil spreads `count` readings evenly up to the last ts: exactly the plan's step grid
                List<Reading> readings = device.readingsUntil(plan.ts(first + count - 1), (int) count);
                byte[] payload = plan.batchSize() == 1 ? ReadingJson.single(readings.get(0)) : ReadingJson.batch(readings);
                while (!publishers.get(indexes.get(d)).publish(device.topic(), payload, (int) count, 1_000)) {
                    // in-flight window full: wait for acknowledgements
                }
            }
        }
    }

    /** Waits for the outstanding acknowledgements, giving up when none arrived for a minute. */
    static void drain(MqttPublisher publisher, PublishStats stats) throws InterruptedException {
        long acked = -1;
        while (!publisher.drain(DRAIN_STALL_MILLIS)) {
            long now = stats.ackedMessages.sum() + stats.errors.sum();
            if (now == acked) {
                System.err.println("warning: " + publisher.inFlight() + " messages never acknowledged");
                return;
            }
            acked = now;
        }
    }
}
