package org.energytracking.simulator;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP bulk import side of the benchmark: the plan's readings POSTed as JSON arrays of
 * {@code plan.batchSize()} readings, from {@code clients} threads, as the administrator; each
 * request returns once its readings are committed, like an MQTT acknowledgement.
 */
final class HttpBulkPhase {

    private HttpBulkPhase() {
    }

    record Posted(long requests, long errors, long startNanos, long endNanos, String lastError) {
    }

    static Posted post(Endpoints endpoints, PhasePlan plan, int clients) throws Exception {
        DeviceApi api = endpoints.api();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        String[] lastError = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try (Progress progress = Progress.everySecond(() -> String.format(Locale.ROOT, "[%s] %d of %d requests done",
                plan.name(), requests.get(), plan.messages()))) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < plan.devices(); i++) {
                int device = i;
                done.add(pool.submit(() -> {
                    postDevice(api, plan, device, requests, errors, lastError);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Posted(requests.get(), errors.get(), start, System.nanoTime(), lastError[0]);
    }

    private static void postDevice(DeviceApi api, PhasePlan plan, int index, AtomicLong requests, AtomicLong errors,
                                   String[] lastError) throws Exception {
        String deviceId = plan.deviceId(index);
        SimulatedDevice device = new SimulatedDevice(deviceId, new LoadProfile(deviceId.hashCode(), ZoneId.of(Simulator.TIMEZONE)),
                plan.startTs() - plan.stepMs());
        long total = plan.readingsPerDevice()[index];
        for (long first = 0; first < total; first += plan.batchSize()) {
            int count = (int) Math.min(plan.batchSize(), total - first);
            List<Reading> readings = device.readingsUntil(plan.ts(first + count - 1), count);
            byte[] body = ReadingJson.batch(readings);
            HttpResponse<String> answer = api.importJson(deviceId, body);
            while (answer.statusCode() == 429) {
                // the gateway's per-user limit: wait as told, the readings are not stored yet
                Thread.sleep(1000L * answer.headers().firstValueAsLong("Retry-After").orElse(1));
                answer = api.importJson(deviceId, body);
            }
            requests.incrementAndGet();
            if (answer.statusCode() != 200) {
                errors.incrementAndGet();
                lastError[0] = "HTTP " + answer.statusCode() + " " + answer.body();
            }
        }
    }
}
