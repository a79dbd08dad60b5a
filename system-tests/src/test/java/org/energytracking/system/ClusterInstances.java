package org.energytracking.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The deployment group's instances as the launcher lists them in endpoints.properties (instance.N.url, .pid). */
record ClusterInstances(List<String> urls, List<Long> pids) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static ClusterInstances of(RunningPlatform running) {
        Properties endpoints;
        try {
            endpoints = running.endpoints();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> urls = new ArrayList<>();
        List<Long> pids = new ArrayList<>();
        for (int i = 1; endpoints.containsKey("instance." + i + ".url"); i++) {
            urls.add(endpoints.getProperty("instance." + i + ".url"));
            pids.add(Long.parseLong(endpoints.getProperty("instance." + i + ".pid")));
        }
        return new ClusterInstances(urls, pids);
    }

    /** instance (1-based) answers /health/ready with UP. */
    boolean ready(int instance) {
        return status(urls.get(instance - 1) + "/health/ready") == 200;
    }

    /** The figure of one line of an instance's Prometheus /metrics (0 if the line is not there yet). */
    double metric(int instance, String line) {
        String body = get(urls.get(instance - 1) + "/metrics").body();
        return body.lines().filter(l -> l.startsWith(line + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(line.length() + 1).trim())).orElse(0.0);
    }

    static int status(String url) {
        try {
            return get(url).statusCode();
        } catch (UncheckedIOException e) {
            return -1;
        }
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
