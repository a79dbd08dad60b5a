package org.energytracking.ingest.boundary;

import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.charset.StandardCharsets;
import org.energytracking.ingest.control.ReadingIntake;

/**
 * What every device-message MDB does: unwrap the topic, the broker's authenticated publisher
 * ({@code _AMQ_VALIDATED_USER}, set by the broker's populate-validated-user) and the payload, then delegate.
 * One subclass per subscription: an MDB has one destination, and the families' topics share no prefix.
 */
public abstract class BrokerMessages implements MessageListener {

    /** Artemis's property for the user that sent the message, present when populate-validated-user is on. */
    static final String VALIDATED_USER = "_AMQ_VALIDATED_USER";

    @Inject
    ReadingIntake intake;

    @Override
    public void onMessage(Message message) {
        try {
            String address = ((Topic) message.getJMSDestination()).getTopicName();
            String publisher = message.getStringProperty(VALIDATED_USER);
            long receivedAt = message.getJMSTimestamp() > 0 ? message.getJMSTimestamp() : System.currentTimeMillis();
            if (message instanceof BytesMessage bytes) {
                long size = bytes.getBodyLength();
                byte[] payload = new byte[(int) Math.min(size, intake.maxPayloadBytes() + 1L)];
                bytes.readBytes(payload);
                intake.fromBroker(address, publisher, payload, size, receivedAt);
            } else {
                byte[] payload = message instanceof TextMessage text && text.getText() != null
                        ? text.getText().getBytes(StandardCharsets.UTF_8) : new byte[0];
                intake.fromBroker(address, publisher, payload, payload.length, receivedAt);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("could not read message: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing readings", e);
        }
    }
}
