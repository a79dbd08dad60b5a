package org.energytracking.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples /health/ready and then an application endpoint every 100 ms while the app server restarts, as a
 * load balancer would: a sample that finds it ready while the application answers 404 is one a balancer
 * would have sent users to a missing application.
 */
final class ReadinessWatch implements AutoCloseable {

    record Sample(long atMillis, int ready, int application) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private final String baseUrl;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "readiness-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final long start = System.currentTimeMillis();

    ReadinessWatch(String baseUrl) {
        this.baseUrl = baseUrl;
        sampler.scheduleWithFixedDelay(this::sample, 0, 100, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        int ready = status("/health/ready");
        int application = ready == 200 ? status("/api/v1/devices") : -1;
        samples.add(new Sample(System.currentTimeMillis() - start, ready, application));
    }

    private int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception noAnswer) {
            return 0;
        }
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** Samples that said ready while the application was not there. */
    List<Sample> readyWithoutApplication() {
        return samples.stream().filter(sample -> sample.ready() == 200 && sample.application() == 404).toList();
    }

    /** Where the answers changed, as "ms: ready/application", to read what a failure saw. */
    String transitions() {
        StringBuilder changes = new StringBuilder();
        Sample previous = null;
        for (Sample sample : samples) {
            if (previous == null || previous.ready() != sample.ready() || previous.application() != sample.application()) {
                changes.append(sample.atMillis()).append(" ms: ").append(sample.ready()).append('/').append(sample.application()).append("; ");
            }
            previous = sample;
        }
        return changes.toString();
    }

    @Override
    public void close() throws InterruptedException {
        sampler.shutdownNow();
        sampler.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("readiness during the restart: " + transitions());
    }
}
