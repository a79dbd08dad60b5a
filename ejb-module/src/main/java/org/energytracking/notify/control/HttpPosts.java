package org.energytracking.notify.control;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The HTTP client of the webhook and SMS channels: HTTP/1.1 (receivers on small servers), 10 s to connect and to answer. */
final class HttpPosts {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

    private HttpPosts() {
    }

    /** The receiver's status; an IOException when it could not be reached. */
    static int send(HttpRequest request) throws IOException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending to " + request.uri(), e);
        }
    }
}
