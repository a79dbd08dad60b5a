package org.energytracking.devices;

import java.time.Instant;
import org.energytracking.devices.entity.AccessToken;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.entity.Secret;
import org.energytracking.ingest.ReadingResponse;

/** A device as the API shows it; {@code mqtt} only in the answer that created its credentials. */
public record DeviceResponse(String deviceId, String name, String type, String location, String timezone, Long siteId,
                             Double counterMaxWh, String protocol, String keyMapping,
                             Instant createdAt, Instant updatedAt, Instant lastSeenAt, boolean online, ReadingResponse latestReading,
                             MqttCredentials mqtt) {

    /**
     * How the device signs in to the broker. Shown once: only its hash is stored. The access token is
     * the same secret for firmware that knows only a token as user name (ThingsBoard).
     */
    public record MqttCredentials(String username, String password, String accessToken) {
        static MqttCredentials of(String deviceId, Secret secret) {
            return new MqttCredentials(deviceId, secret.value(), AccessToken.of(deviceId, secret.value()));
        }

        @Override
        public String toString() {
            return "MqttCredentials[username=" + username + "]";
        }
    }

    public static DeviceResponse of(Device device, ReadingResponse latest) {
        return of(device, latest, null);
    }

    public static DeviceResponse of(Device device, ReadingResponse latest, Secret secret) {
        var details = device.details();
        return new DeviceResponse(device.deviceId(), details.name(), details.type(), details.location(),
                details.timezone(), device.siteId(), details.counterMaxWh(), details.protocol().key(),
                details.keyMapping().targets().isEmpty() ? null : details.keyMapping().text(), device.createdAt(), device.updatedAt(),
                device.lastSeenAt().orElse(null), device.isOnline(Instant.now()), latest,
                secret == null ? null : MqttCredentials.of(device.deviceId(), secret));
    }
}
