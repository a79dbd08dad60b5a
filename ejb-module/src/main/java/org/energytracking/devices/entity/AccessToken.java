package org.energytracking.devices.entity;

import java.util.Optional;

/**
 * A device's credentials in one string, for firmware that signs in with a token as its MQTT user name
 * and no password (ThingsBoard) or puts it in a URL path: {@code {deviceId}.{secret}}. A device id has
 * no dot, so the first dot splits it; only the secret's hash is stored, as for id + secret.
 */
public record AccessToken(String deviceId, String secret) {

    public static String of(String deviceId, String secret) {
        return deviceId + "." + secret;
    }

    public static Optional<AccessToken> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        String deviceId = token.substring(0, dot);
        return Device.isValidId(deviceId) ? Optional.of(new AccessToken(deviceId, token.substring(dot + 1))) : Optional.empty();
    }

    @Override
    public String toString() {
        return "AccessToken[deviceId=" + deviceId + "]";
    }
}
