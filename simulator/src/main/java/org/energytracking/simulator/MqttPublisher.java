package org.energytracking.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * One asynchronous Paho connection with a bounded in-flight window: {@link #publish} blocks while
 * {@value #MAX_INFLIGHT} messages await their completion, so Paho never rejects a publish as "too many in flight".
 */
final class MqttPublisher implements AutoCloseable {

    static final int MAX_INFLIGHT = 1000;
    private static final int PARALLEL_CONNECTS = 8;

    /** How long a reconnecting device keeps resending a message that failed (a failover takes seconds). */
    private static final long RESEND_FOR_NANOS = TimeUnit.MINUTES.toNanos(2);
    private static final long RESEND_PAUSE_MILLIS = 500;

    private final MqttAsyncClient client;
    private final int qos;
    private final PublishStats stats;
    /** Resends what failed while the connection was lost, as a device's firmware keeps a message until its PUBACK; null: no resending. */
    private final ScheduledExecutorService resender;
    private final Semaphore window = new Semaphore(MAX_INFLIGHT);
    private final IMqttActionListener listener = new IMqttActionListener() {
        @Override
        public void onSuccess(IMqttToken token) {
            Outgoing message = (Outgoing) token.getUserContext();
            if (message.done().compareAndSet(false, true)) { // a resent message may be acknowledged twice
                stats.ackedMessages.increment();
                stats.ackedReadings.add(message.readings());
                window.release();
            }
        }

        @Override
        public void onFailure(IMqttToken token, Throwable cause) {
            failed((Outgoing) token.getUserContext(), cause);
        }
    };

    /** A message with what it carries, kept until it is acknowledged or given up. */
    private record Outgoing(String topic, byte[] payload, int readings, long firstSentNanos, AtomicBoolean done) {
    }

    private MqttPublisher(MqttAsyncClient client, int qos, PublishStats stats, boolean resend) {
        this.client = client;
        this.qos = qos;
        this.stats = stats;
        this.resender = resend ? Executors.newSingleThreadScheduledExecutor() : null;
    }

    /**
     * Connects as the device of {@code login} (in-memory persistence; anonymously if its user name is empty) to
     * {@code url}, or to the first of a comma-separated list that answers (a broker pair). With {@code reconnect}, the way a device rides out a
     * broker restart or a failover: a persistent session, automatic reconnect, unacknowledged messages resent
     * and new ones buffered while disconnected; without, a clean session.
     */
    static MqttPublisher connect(String url, String clientId, ApiAnswers.MqttLogin login, int qos, boolean reconnect,
                                 PublishStats stats) throws MqttException {
        String[] brokers = serverUris(url);
        MqttAsyncClient client = new MqttAsyncClient(brokers[0], clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        if (brokers.length > 1) {
            // a broker pair: Paho tries them in order at each (re)connect, so it finds whichever is active
            options.setServerURIs(brokers);
        }
        if (!login.username().isEmpty()) { // an empty user name: anonymous (Paho refuses to send an empty one)
            options.setUserName(login.username());
            options.setPassword(login.password().toCharArray());
        }
        options.setCleanSession(!reconnect);
        options.setMaxInflight(MAX_INFLIGHT);
        options.setAutomaticReconnect(reconnect);
        // Paho doubles the pause between reconnects from 1 s; a backup takes over within seconds, so cap it low
        options.setMaxReconnectDelay(2_000);
        options.setConnectionTimeout(10);
        options.setKeepAliveInterval(30);
        if (reconnect) {
            DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
            buffer.setBufferEnabled(true);
            buffer.setBufferSize(MAX_INFLIGHT);
            client.setBufferOpts(buffer);
        }
        try {
            client.connect(options).waitForCompletion(15_000);
        } catch (MqttException e) {
            client.close(true);
            throw e;
        }
        return new MqttPublisher(client, qos, stats, reconnect);
    }

    /** {@code tcp://a:1883,tcp://b:1884}: the addresses of a broker pair, or one broker's. */
    static String[] serverUris(String url) {
        return java.util.Arrays.stream(url.split(",")).map(String::trim).filter(uri -> !uri.isEmpty()).toArray(String[]::new);
    }

    /**
     * One connection per device, each logged in as its device (the broker lets a device publish only to its own
     * topics), in the order of {@code deviceIds}; connected {@value #PARALLEL_CONNECTS} at a time.
     */
    static List<MqttPublisher> connectAll(String url, String clientPrefix, List<String> deviceIds,
                                          Map<String, ApiAnswers.MqttLogin> logins, int qos, boolean reconnect,
                                          PublishStats stats) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL_CONNECTS, deviceIds.size())));
        List<Future<MqttPublisher>> connecting = new ArrayList<>();
        try {
            for (String deviceId : deviceIds) {
                ApiAnswers.MqttLogin login = logins.get(deviceId);
                connecting.add(pool.submit(() -> {
                    try {
                        return connect(url, clientPrefix + deviceId, login, qos, reconnect, stats);
                    } catch (MqttException e) {
                        throw new IOException("MQTT connection of " + deviceId + " to " + url + ": " + e.getMessage(), e);
                    }
                }));
            }
            List<MqttPublisher> publishers = new ArrayList<>();
            for (Future<MqttPublisher> publisher : connecting) {
                publishers.add(publisher.get());
            }
            return publishers;
        } catch (ExecutionException e) {
            closeConnected(connecting);
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static void closeConnected(List<Future<MqttPublisher>> connecting) {
        for (Future<MqttPublisher> publisher : connecting) {
            try {
                publisher.get().close();
            } catch (ExecutionException | InterruptedException | RuntimeException e) {
                // that one never connected
            }
        }
    }

    /**
     * Publishes {@code payload} holding {@code readings} readings. Waits up to {@code waitMillis} for room in the
     * in-flight window and returns false if there was none (nothing was sent). Send errors are counted, not thrown.
     */
    boolean publish(String topic, byte[] payload, int readings, long waitMillis) throws InterruptedException {
        if (!window.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        stats.sentMessages.increment(); // before publishing, so an early ack never outnumbers the sent messages
        stats.sentReadings.add(readings);
        send(new Outgoing(topic, payload, readings, System.nanoTime(), new AtomicBoolean()));
        return true;
    }

    private void send(Outgoing message) {
        try {
            client.publish(message.topic(), message.payload(), qos, false, message, listener);
        } catch (MqttException | RuntimeException e) {
            failed(message, e);
        }
    }

    /** Counted as an error, or with resending on, sent again shortly (its window place kept) until it is too old. */
    private void failed(Outgoing message, Throwable cause) {
        if (message.done().get()) {
            return;
        }
        if (resender != null && !resender.isShutdown() && System.nanoTime() - message.firstSentNanos() < RESEND_FOR_NANOS) {
            stats.resent.increment();
            try {
                resender.schedule(() -> send(message), RESEND_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (RuntimeException closing) {
                // closed meanwhile: an error after all
            }
        }
        if (message.done().compareAndSet(false, true)) {
            stats.error(cause);
            window.release();
        }
    }

    /** Waits until every published message has completed; false on timeout. */
    boolean drain(long timeoutMillis) throws InterruptedException {
        if (window.tryAcquire(MAX_INFLIGHT, timeoutMillis, TimeUnit.MILLISECONDS)) {
            window.release(MAX_INFLIGHT);
            return true;
        }
        return false;
    }

    int inFlight() {
        return MAX_INFLIGHT - window.availablePermits();
    }

    @Override
    public void close() {
        if (resender != null) {
            resender.shutdownNow();
        }
        try {
            if (client.isConnected()) {
                client.disconnect(2_000).waitForCompletion(3_000);
            }
        } catch (MqttException e) {
            // closing anyway
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            // nothing left to do
        }
    }
}
