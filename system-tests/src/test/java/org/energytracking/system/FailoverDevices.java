package org.energytracking.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Devices as a broker pair's users configure them: Paho with both addresses (serverURIs), a persistent session,
 * automatic reconnect, QoS 1 messages kept until acknowledged and resent after a reconnect, and messages published
 * while disconnected buffered. It records which readings ({@code deviceId@ts}) the broker acknowledged, and for each
 * device when it lost its connection and when it was connected again (to which address).
 */
final class FailoverDevices implements AutoCloseable {

    private static final int WINDOW = 100;
    private static final Set<Integer> RETRIED = Set.of((int) MqttException.REASON_CODE_CLIENT_DISCONNECTING,
            (int) MqttException.REASON_CODE_MAX_INFLIGHT);
    final Set<String> published = ConcurrentHashMap.newKeySet();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final Set<String> failed = ConcurrentHashMap.newKeySet();
    final Map<String, Long> lostAtMillis = new ConcurrentHashMap<>();
    final Map<String, Long> backAtMillis = new ConcurrentHashMap<>();
    final Map<String, String> connectedTo = new ConcurrentHashMap<>();
    private final Map<String, MqttAsyncClient> clients = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    void connect(String[] serverUris, String deviceId, String secret) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(serverUris[0], "fo-" + deviceId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setServerURIs(serverUris);
        options.setUserName(deviceId);
        options.setPassword(secret.toCharArray());
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(1_000);
        options.setConnectionTimeout(5);
        options.setMaxInflight(WINDOW * 2);
        DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
        buffer.setBufferEnabled(true);
        buffer.setBufferSize(WINDOW * 10);
        client.setBufferOpts(buffer);
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                connectedTo.put(deviceId, serverUri);
                if (reconnect) {
                    backAtMillis.put(deviceId, System.currentTimeMillis());
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
                lostAtMillis.putIfAbsent(deviceId, System.currentTimeMillis());
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        client.connect(options).waitForCompletion(15_000);
        clients.put(deviceId, client);
        inFlight.put(deviceId, new AtomicInteger());
    }

    /** Publishes one reading at QoS 1, waiting while {@value #WINDOW} of the device's messages are unanswered. */
    void publish(String deviceId, long ts, double power) throws MqttException {
        publish(deviceId, List.of(ts), ("{\"ts\":" + ts + ",\"power\":" + power + "}").getBytes(StandardCharsets.UTF_8));
    }

    /** One message holding {@code count} readings a second apart from {@code firstTs}, as a JSON array. */
    void publishBatch(String deviceId, long firstTs, int count, double power) throws MqttException {
        List<Long> stamps = new ArrayList<>();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            long ts = firstTs + i * 1_000L;
            stamps.add(ts);
            json.append(i == 0 ? "" : ",").append("{\"ts\":").append(ts).append(",\"power\":").append(power).append('}');
        }
        publish(deviceId, stamps, json.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }

    private void publish(String deviceId, List<Long> stamps, byte[] payload) throws MqttException {
        AtomicInteger unanswered = inFlight.get(deviceId);
        while (unanswered.get() >= WINDOW) {
            LockSupport.parkNanos(200_000);
        }
        List<String> keys = stamps.stream().map(ts -> deviceId + "@" + ts).toList();
        unanswered.incrementAndGet();
        published.addAll(keys);
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                send(deviceId, keys, payload, unanswered);
                return;
            } catch (MqttException e) {
                // between the connection's loss and Paho's reconnect the client refuses for a moment (32102, "currently
                // disconnecting"); after the reconnect it resends what was in flight, which it had reported failed, so
                // its in-flight window can be full though this device's count is not (32202); a device waits and tries again
                if (!RETRIED.contains(e.getReasonCode()) || System.nanoTime() > giveUp) {
                    published.removeAll(keys);
                    unanswered.decrementAndGet();
                    throw e;
                }
                LockSupport.parkNanos(50_000_000);
            }
        }
    }

    private void send(String deviceId, List<String> keys, byte[] payload, AtomicInteger unanswered) throws MqttException {
        clients.get(deviceId).publish("devices/" + deviceId + "/readings", payload, 1, false, keys, new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                acknowledged.addAll(keys);
                unanswered.decrementAndGet();
            }

            @Override
            public void onFailure(IMqttToken token, Throwable cause) {
                // Paho may report a message in flight at the connection loss as failed, and still resend it
                failed.addAll(keys);
                unanswered.decrementAndGet();
            }
        });
    }

    /** Published messages that have neither been acknowledged nor given up. */
    long unanswered() {
        return published.stream().filter(key -> !acknowledged.contains(key) && !failed.contains(key)).count();
    }

    /** The longest time a device went from losing its broker to being connected again (ms), -1 if none lost it. */
    long longestOutageMillis() {
        return lostAtMillis.entrySet().stream().mapToLong(lost -> backAtMillis.getOrDefault(lost.getKey(), Long.MAX_VALUE)
                - lost.getValue()).max().orElse(-1);
    }

    List<String> deviceIds() {
        return new ArrayList<>(clients.keySet());
    }

    @Override
    public void close() {
        clients.values().forEach(client -> {
            try {
                client.disconnect(2_000).waitForCompletion(3_000);
            } catch (MqttException e) {
                // closing anyway
            }
            try {
                client.close(true);
            } catch (MqttException e) {
                // nothing left to do
            }
        });
    }
}
