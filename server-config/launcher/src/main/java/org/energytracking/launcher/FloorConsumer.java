package org.energytracking.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;

/**
 * The platform's side of the broker floor, without an app server: the shared durable subscription
 * {@code energy-platform.device-readings} on {@code devices.#}, consumed the way the resource adapter consumes it for
 * ReadingsListener: one connection and session per MDB session (non-transacted, auto-commit acks, no ack batching),
 * a 16 KB consumer window, and an individual acknowledgement after each message (what ActiveMQMessageHandler
 * does for a bean-managed MDB, whatever its acknowledge mode). It reads the body and does nothing else, and
 * prints {@code consumed N} every 200 ms for the simulator's {@code broker-floor} command.
 * <p>
 * usage: {@code java -cp launcher.jar org.energytracking.launcher.FloorConsumer CORE_PORT [SESSIONS] [WINDOW_BYTES]}
 */
public final class FloorConsumer {

    static final String QUEUE = "energy-platform.device-readings";
    static final String ADDRESS = "devices.#";

    private FloorConsumer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        int window = args.length > 2 ? Integer.parseInt(args[2]) : 16_384;
        String password = System.getenv().getOrDefault("FLOOR_PLATFORM_PASSWORD", "");
        LongAdder consumed = new LongAdder();
        ServerLocator locator = ActiveMQClient.createServerLocatorWithoutHA(new TransportConfiguration(
                NettyConnectorFactory.class.getName(), Map.of("host", "127.0.0.1", "port", port)));
        locator.setConsumerWindowSize(window);
        List<ClientSession> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            // the adapter: a session factory (a connection) per session, createSession(user, password, false, true, true, false, 0)
            ClientSession session = locator.createSessionFactory().createSession(BrokerSecurity.PLATFORM_USER, password,
                    false, true, true, false, 0);
            if (i == 0 && !session.queueQuery(SimpleString.of(QUEUE)).isExists()) {
                session.createQueue(QueueConfiguration.of(QUEUE).setAddress(ADDRESS).setRoutingType(RoutingType.MULTICAST));
            }
            ClientConsumer consumer = session.createConsumer(QUEUE);
            consumer.setMessageHandler(message -> take(message, consumed));
            session.start();
            open.add(session);
        }
        System.out.println("ready");
        while (true) {
            Thread.sleep(200);
            System.out.println("consumed " + consumed.sum());
            System.out.flush();
        }
    }

    private static void take(ClientMessage message, LongAdder consumed) {
        try {
            byte[] payload = new byte[message.getBodySize()];
            message.getBodyBuffer().readBytes(payload);
            message.individualAcknowledge();
            consumed.increment();
        } catch (ActiveMQException e) {
            System.err.println("could not acknowledge: " + e.getMessage());
        }
    }
}
