package org.energytracking.launcher;

/**
 * A port the launcher must find free, and the environment variable that moves it. The broker's CORE
 * port has no variable of its own: it follows HTTP_PORT.
 */
record PortSetting(String variable, String description) {

    static final PortSetting HTTP = new PortSetting("HTTP_PORT", "HTTP_PORT");
    static final PortSetting MQTT = new PortSetting("MQTT_PORT", "MQTT_PORT");
    static final PortSetting BROKER_CORE = new PortSetting("HTTP_PORT", "the broker's CORE port, HTTP_PORT - 19");
    static final PortSetting BROKER_METRICS = new PortSetting("HTTP_PORT", "a broker's metrics port, HTTP_PORT - 17 or - 16");

    String inUse(int port) {
        String hint = variable.equals(description) ? "" : " (it moves with it)";
        return "port " + port + " (" + description + ") is already in use; choose another with " + variable + "=..." + hint;
    }
}
