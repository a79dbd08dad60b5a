package org.energytracking.devices;

import java.io.Serializable;
import java.util.List;

/**
 * How a device reaches the broker: its topic, the host and port, a {@code mosquitto_pub} line to try it
 * with, and the settings to enter in its own firmware (see {@link FamilySetup}; {@link MqttEndpoint} for the
 * host and port). The password is the real one right after it was issued, else a placeholder.
 */
public record MqttAccess(String deviceId, String password, String host, int port, String protocol) implements Serializable {

    static final String PLACEHOLDER = "<password>";

    public String topic() {
        return setup().topic();
    }

    public String command() {
        return "mosquitto_pub -h " + host + " -p " + port + " " + setup().login() + " -t " + topic() + " -m '" + setup().example() + "'";
    }

    /** The access token for firmware that signs in with a token only (ThingsBoard): id and password in one. */
    public String accessToken() {
        return deviceId + "." + password;
    }

    /** What to enter where in the device's own firmware, with the values filled in. */
    public List<String> instructions() {
        return setup().instructions();
    }

    private FamilySetup setup() {
        return FamilySetup.of(this);
    }
}
