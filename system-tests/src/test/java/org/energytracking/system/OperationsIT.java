package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PlatformExtension.class)
class OperationsIT {

    @Test
    void readinessChecksDatabaseAndBroker(Platform platform) {
        JsonObject health = Platform.object(platform.get("/health/ready"));
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")))
                .contains("application", "database", "broker");
        assertThat(platform.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsCountAcceptedAndRejectedReadings(Platform platform) throws Exception {
        String device = platform.newDevice("metrics");
        platform.publish("devices/" + device + "/readings", "{\"power\":1}");
        platform.publish("devices/" + device + "/readings", "{\"power\":\"bad\"}");
        platform.awaitReadings(device, 1, java.time.Duration.ofSeconds(30));
        platform.awaitRejections(device, java.time.Duration.ofSeconds(30));
        String metrics = platform.get("/metrics").body();
        assertThat(metrics).contains("readings_accepted_total", "readings_rejected_total", "messages_rejected_total",
                "writer_batch_readings");
    }

    @Test
    void rootSendsVisitorsToSignInWhichShowsWhereTheApiIs(Platform platform) {
        var root = platform.anonymous().get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        var page = platform.anonymous().get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/api-docs/", "/openapi", "/api/v1/devices");
    }

    @Test
    void openApiDescribesTheDeviceAndReadingEndpoints(Platform platform) {
        String openapi = platform.get("/openapi").body();
        assertThat(openapi).contains("/api/v1/devices", "/api/v1/devices/{deviceId}/readings");
    }
}
