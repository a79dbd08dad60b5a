package org.energytracking.system;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * MQTT as devices use it: one Paho connection per device, logged in with the device's id and MQTT secret,
 * kept open for the suite. The broker lets a device publish only to its own topics.
 */
final class DeviceConnections implements AutoCloseable {

    private final String url;
    private final UnaryOperator<String> secrets;
    private final Map<String, MqttClient> clients = new HashMap<>();

    /** {@code secrets}: a device id's current MQTT secret. */
    DeviceConnections(String url, UnaryOperator<String> secrets) {
        this.url = url;
        this.secrets = secrets;
    }

    /** Publishes on the connection of the device the topic names ({@code devices/{deviceId}/...}). */
    synchronized void publish(String topic, byte[] payload, int qos) {
        String deviceId = deviceOf(topic);
        try {
            MqttClient client = clients.get(deviceId);
            if (client == null || !client.isConnected()) {
                if (client != null) {
                    release(client);
                }
                client = connect(url, deviceId, secrets.apply(deviceId));
                clients.put(deviceId, client);
            }
            client.publish(topic, payload, qos, false);
        } catch (MqttException e) {
            throw new IllegalStateException("publish to " + topic + " as " + deviceId + " failed", e);
        }
    }

    static String deviceOf(String topic) {
        String[] levels = topic.split("/");
        if (levels.length < 2 || !levels[0].equals("devices")) {
            throw new IllegalArgumentException("not a device topic: " + topic);
        }
        return levels[1];
    }

    /** A connected client logged in as {@code username} (null: anonymous); connect failures are thrown. */
    static MqttClient connect(String url, String username, String password) throws MqttException {
        MqttClient client = new MqttClient(url, "system-tests-" + username + "-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        options.setConnectionTimeout(10);
        if (username != null) {
            options.setUserName(username);
            options.setPassword(password == null ? new char[0] : password.toCharArray());
        }
        try {
            client.connect(options);
        } catch (MqttException e) {
            client.close(true);
            throw e;
        }
        return client;
    }

    /** Disconnects (if still connected) and frees the client; Paho refuses to close a connected client. */
    static void release(MqttClient client) throws MqttException {
        if (client.isConnected()) {
            client.disconnectForcibly(1_000, 1_000);
        }
        client.close(true);
    }

    @Override
    public synchronized void close() throws MqttException {
        for (MqttClient client : clients.values()) {
            release(client);
        }
        clients.clear();
    }
}
