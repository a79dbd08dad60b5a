package org.energytracking.simulator;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publish-to-queryable latency: one probe device publishes a reading with a unique ts a few times a second,
 * and a poller asks {@code GET /api/v1/devices/{id}/readings} for the ts range of the probes not seen yet.
 * A probe counts as seen when the first answer that holds it arrives, so every latency is an upper bound,
 * late by at most one poll interval plus one round trip.
 */
final class LatencyProbe {

    static final double PROBES_PER_SECOND = 5;
    static final long LOST_AFTER_NANOS = 10_000_000_000L;

    record Outcome(long sent, long lost, Latencies latencies, long polls, long rateLimited, long pollErrors,
                   double meanRoundTripMillis, long pollMillis, String lastPollError) {
    }

    private final Endpoints endpoints;
    private final MqttPublisher publisher;
    private final SimulatedDevice device;
    private final long pollMillis;
    private final ConcurrentSkipListMap<Long, Long> outstanding = new ConcurrentSkipListMap<>(); // ts → publish nanoTime
    private final List<Long> latencies = new ArrayList<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong pollErrors = new AtomicLong();
    private final AtomicLong roundTripNanos = new AtomicLong();
    private volatile String lastPollError;
    private volatile boolean publishing = true;

    LatencyProbe(Endpoints endpoints, MqttPublisher publisher, String deviceId, long pollMillis) {
        this.endpoints = endpoints;
        this.publisher = publisher;
        this.device = new SimulatedDevice(deviceId, new LoadProfile(deviceId.hashCode(), ZoneId.of(Simulator.TIMEZONE)),
                System.currentTimeMillis() - 1_000);
        this.pollMillis = pollMillis;
    }

    /** Probes until {@code endNanos}, then polls until every probe is seen or lost. */
    Outcome run(long endNanos) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> poller = threads.submit(() -> {
                poll();
                return null;
            });
            Future<?> prober = threads.submit(() -> {
                try {
                    publish(endNanos);
                } finally {
                    publishing = false;
                }
                return null;
            });
            prober.get();
            poller.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            threads.shutdownNow();
        }
        long[] nanos;
        synchronized (latencies) {
            nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        }
        long count = polls.get();
        return new Outcome(sent.get(), lost.get(), Latencies.of(nanos), count, rateLimited.get(), pollErrors.get(),
                count == 0 ? 0 : roundTripNanos.get() / 1e6 / count, pollMillis, lastPollError);
    }

    String progress() {
        synchronized (latencies) {
            return "probes seen " + latencies.size() + ", waiting " + outstanding.size() + ", lost " + lost.get();
        }
    }

    private void publish(long endNanos) throws InterruptedException {
        Pacer pacer = Pacer.perSecond(PROBES_PER_SECOND);
        while (pacer.acquire() - endNanos < 0) {
            Reading reading = device.readingsUntil(System.currentTimeMillis(), 1).get(0);
            byte[] payload = ReadingJson.single(reading);
            outstanding.put(reading.ts(), System.nanoTime());
            if (publisher.publish(device.topic(), payload, 1, 1_000)) {
                sent.incrementAndGet();
            } else {
                outstanding.remove(reading.ts()); // in-flight window full: not published, so not a probe
            }
        }
    }

    private void poll() throws Exception {
        DeviceApi api = endpoints.api();
        Pacer pacer = new Pacer(1000.0 / pollMillis, 0, System::nanoTime);
        while (publishing || !outstanding.isEmpty()) {
            pacer.acquire();
            if (outstanding.isEmpty()) {
                continue;
            }
            String path = "/api/v1/devices/" + device.deviceId() + "/readings?from=" + outstanding.firstKey()
                    + "&to=" + (outstanding.lastKey() + 1) + "&limit=1000";
            long asked = System.nanoTime();
            try {
                HttpResponse<String> answer = api.get(path);
                long seen = System.nanoTime();
                polls.incrementAndGet();
                roundTripNanos.addAndGet(seen - asked);
                switch (answer.statusCode()) {
                    case 200 -> markSeen(ApiAnswers.readingTimestamps(answer.body()), seen);
                    case 401 -> api = endpoints.api(); // the access token expired during a long run
                    case 429 -> {
                        rateLimited.incrementAndGet();
                        Thread.sleep(1000L * answer.headers().firstValueAsLong("Retry-After").orElse(1));
                    }
                    default -> throw new IOException("HTTP " + answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                pollErrors.incrementAndGet();
                lastPollError = e.getMessage();
            }
            expire(System.nanoTime());
        }
    }

    private void markSeen(long[] timestamps, long seenNanos) {
        for (long ts : timestamps) {
            Long published = outstanding.remove(ts);
            if (published != null) {
                synchronized (latencies) {
                    latencies.add(seenNanos - published);
                }
            }
        }
    }

    private void expire(long nowNanos) {
        for (Map.Entry<Long, Long> probe : outstanding.entrySet()) {
            if (nowNanos - probe.getValue() > LOST_AFTER_NANOS && outstanding.remove(probe.getKey(), probe.getValue())) {
                lost.incrementAndGet();
            }
        }
    }
}
