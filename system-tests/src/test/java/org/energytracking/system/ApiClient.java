package org.energytracking.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** The HTTP API as one account sees it: every request carries its access token, if it has one. */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final Supplier<String> token;
    private final String clientAddress;

    /**
     * Each client comes from an address of its own (X-Forwarded-For; the suite's platform trusts
     * 127.0.0.1 as a proxy), as people on their own devices do, so the per-address rate limits of
     * the auth calls apply to each as they would in use, not to the whole suite at once.
     */
    ApiClient(String baseUrl, Supplier<String> token) {
        this(baseUrl, token, "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "." + (1 + ThreadLocalRandom.current().nextInt(254)));
    }

    private ApiClient(String baseUrl, Supplier<String> token, String clientAddress) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.clientAddress = clientAddress;
    }

    static ApiClient anonymous(String baseUrl) {
        return new ApiClient(baseUrl, () -> null);
    }

    ApiClient withToken(String accessToken) {
        return new ApiClient(baseUrl, () -> accessToken, clientAddress);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    HttpResponse<String> put(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** POST /api/v1/auth/login; the tokens of the answer, or an exception naming the status. */
    static JsonObject login(String baseUrl, String email, String password) {
        HttpResponse<String> response = anonymous(baseUrl).postJson("/api/v1/auth/login",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login of " + email + " answered " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
        String accessToken = token.get();
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        return builder;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
