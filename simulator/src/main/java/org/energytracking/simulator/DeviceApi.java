package org.energytracking.simulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The platform's HTTP API, as far as the simulator needs it. All requests are built in {@link #request}. */
final class DeviceApi {

    record NewDevice(String deviceId, String name, String type, String location, String timezone) {
    }

    /** How many devices were created and how many existed already (HTTP 409). */
    record Registered(int created, int existing) {
    }

    private static final int PARALLEL_REQUESTS = 8;

    private final String baseUrl;
    private final HttpClient http;

    DeviceApi(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Registers the devices ({@value #PARALLEL_REQUESTS} requests at a time); 409 counts as existing. */
    Registered registerAll(List<NewDevice> devices) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL_REQUESTS, devices.size())));
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (NewDevice device : devices) {
                results.add(pool.submit(() -> register(device)));
            }
            int created = 0;
            for (Future<Boolean> result : results) {
                created += result.get() ? 1 : 0;
            }
            return new Registered(created, devices.size() - created);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** POST /api/v1/devices: true if created, false if it existed already. */
    boolean register(NewDevice device) throws IOException, InterruptedException {
        HttpRequest request = request("/api/v1/devices")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(device)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IOException("platform HTTP API not reachable at " + baseUrl, e);
        }
        return switch (response.statusCode()) {
            case 200, 201 -> true;
            case 409 -> false;
            default -> throw new IOException("registering " + device.deviceId() + ": HTTP " + response.statusCode()
                    + " " + response.body());
        };
    }

    /** The one place where requests are built: add auth headers (bearer token) here. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
    }

    static String toJson(NewDevice d) {
        return "{\"device_id\":" + quote(d.deviceId()) + ",\"name\":" + quote(d.name()) + ",\"type\":" + quote(d.type())
                + ",\"location\":" + quote(d.location()) + ",\"timezone\":" + quote(d.timezone()) + "}";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
