package org.energytracking.simulator;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proof that the benchmark's rules were live: one reading above a device's threshold, then the time until its
 * alert is listed by the API (polled every 100 ms, so late by at most that and one round trip).
 */
final class AlertProbe {

    private static final long TIMEOUT_MILLIS = 60_000;

    record Result(long millis) {
        String describe(String deviceId) {
            return millis < 0 ? "rules live: NO alert for " + deviceId + " within 60 s of a reading above its threshold"
                    : String.format(Locale.ROOT, "rules live: a reading above the threshold of %s was an open alert %d ms later",
                    deviceId, millis);
        }
    }

    private final Endpoints endpoints;
    private final DeviceApi api;

    AlertProbe(Endpoints endpoints, DeviceApi api) {
        this.endpoints = endpoints;
        this.api = api;
    }

    Result fire(String deviceId, ApiAnswers.MqttLogin login, int watts) throws Exception {
        List<MqttPublisher> publisher = MqttPublisher.connectAll(endpoints.mqttUrl(), "probe-", List.of(deviceId),
                Map.of(deviceId, login), 1, false, new PublishStats());
        try {
            long start = System.currentTimeMillis();
            byte[] reading = ("{\"ts\":" + start + ",\"power\":" + watts + "}").getBytes(StandardCharsets.UTF_8);
            publisher.get(0).publish("devices/" + deviceId + "/readings", reading, 1, 1_000);
            while (System.currentTimeMillis() - start < TIMEOUT_MILLIS) {
                if (open(deviceId)) {
                    return new Result(System.currentTimeMillis() - start);
                }
                Thread.sleep(100);
            }
            return new Result(-1);
        } finally {
            publisher.forEach(MqttPublisher::close);
        }
    }

    private boolean open(String deviceId) throws IOException, InterruptedException {
        HttpResponse<String> alerts = api.get("/api/v1/alerts?state=open&device_id=" + deviceId);
        return alerts.statusCode() == 200 && alerts.body().contains("\"device_id\":\"" + deviceId + "\"");
    }
}
