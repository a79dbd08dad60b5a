package org.energytracking.portal.devices;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * How a device reaches the broker: its topic, the host and port, and a {@code mosquitto_pub} line to
 * try it with. The password is the real one right after it was issued, else a placeholder.
 */
public record MqttAccess(String deviceId, String password, String host, int port) implements Serializable {

    static final int PORT = 1883;
    static final String PLACEHOLDER = "<password>";

    /** The broker runs beside the portal, so the name the browser used for the portal reaches it. */
    static String host(HttpServletRequest request) {
        return request.getServerName();
    }

    public String topic() {
        return "devices/" + deviceId + "/readings";
    }

    public String command() {
        return "mosquitto_pub -h " + host + " -p " + port + " -u " + deviceId + " -P '" + password + "' -t " + topic()
                + " -m '{\"power\":230.5,\"energy\":1234}'";
    }
}
