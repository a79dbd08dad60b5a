package org.energytracking.live.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What live pages show (the latest readings, alert toasts) happens on whichever instance stored the reading or
 * changed the alert, while a browser's websocket is open on one instance. With several instances (live.relay, set by
 * the launcher's CLUSTER_INSTANCES) each such event goes out once to a broker topic that every instance subscribes
 * to ({@link org.energytracking.live.boundary.LiveEventsListener}), and every instance hands it to its own pages.
 * With one instance, or if the broker refuses, the event goes straight to this instance's handlers.
 */
@ApplicationScoped
public class LiveRelay {

    public static final String TOPIC = "platform.live";
    public static final String KIND = "kind";
    private static final long TIME_TO_LIVE_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(LiveRelay.class.getName());

    @Resource(lookup = "jms/energyBroker")
    ConnectionFactory broker;
    @Inject
    @ConfigProperty(name = "live.relay")
    boolean relay;
    @Inject
    MetricRegistry metrics;

    private final Map<String, Consumer<String>> handlers = new ConcurrentHashMap<>();

    /** {@code handler} gets the text of every event of {@code kind}, from any instance, on a thread of its own. */
    public void handle(String kind, Consumer<String> handler) {
        handlers.put(kind, handler);
    }

    public void publish(String kind, String text) {
        if (relay) {
            // a Connection, not a JMSContext: the adapter's createContext() logs in without the pool's account
            try (Connection connection = broker.createConnection();
                 Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
                MessageProducer producer = session.createProducer(session.createTopic(TOPIC));
                producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
                producer.setTimeToLive(TIME_TO_LIVE_MILLIS);
                TextMessage message = session.createTextMessage(text);
                message.setStringProperty(KIND, kind);
                producer.send(message);
                return;
            } catch (JMSException | JMSRuntimeException e) {
                LOG.log(Level.WARNING, "Live event not relayed to the other instances: {0}", e.getMessage());
            }
        }
        arrived(kind, text);
    }

    /** An event relayed by some instance (this one included); counted in {@code live_events_total{kind}}. */
    public void arrived(String kind, String text) {
        metrics.counter("live_events", new Tag("kind", kind)).inc();
        Consumer<String> handler = handlers.get(kind);
        if (handler != null) {
            handler.accept(text);
        }
    }
}
