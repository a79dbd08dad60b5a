package org.energytracking.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Payara answers /health/ready with UP while no application has registered a check: after the
 * resource adapter is deployed and before the energy application is, a load balancer would send
 * traffic that gets 404. This check lives in an application deployed first and is DOWN until the
 * energy application serves a static file of its own ({@code ready.probe-url}, READY_PROBE_URL),
 * that is, until its web module takes requests; the application's own checks (database, broker) then
 * decide the rest.
 */
@Readiness
@ApplicationScoped
public class ApplicationDeployed implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Inject
    @ConfigProperty(name = "ready.probe-url")
    Optional<String> probeUrl;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("application");
        if (probeUrl.isEmpty()) {
            return response.down().withData("deployed", "unknown: READY_PROBE_URL is not set").build();
        }
        try {
            HttpRequest probe = HttpRequest.newBuilder(URI.create(probeUrl.get())).timeout(Duration.ofSeconds(2)).GET().build();
            int status = HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
            return response.status(status == 200).withData("deployed", status == 200 ? "yes" : "not yet (HTTP " + status + ")").build();
        } catch (IOException e) {
            return response.down().withData("deployed", "not yet (" + e.getMessage() + ")").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("deployed", "interrupted").build();
        }
    }
}
