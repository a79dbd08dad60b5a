package org.energytracking.devices;

import java.io.Serializable;

/**
 * How a device reaches the broker: its topic, the host and port, and a {@code mosquitto_pub} line to
 * try it with (see {@link MqttEndpoint} for the host and port). The password is the real one right after it was issued, else a placeholder.
 */
public record MqttAccess(String deviceId, String password, String host, int port) implements Serializable {

    static final String PLACEHOLDER = "<password>";

    public String topic() {
        return "devices/" + deviceId + "/readings";
    }

    public String command() {
        return "mosquitto_pub -h " + host + " -p " + port + " -u " + deviceId + " -P '" + password + "' -t " + topic()
                + " -m '{\"power\":230.5,\"energy\":1234}'";
    }
}
