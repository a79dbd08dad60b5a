package org.energytracking.ingest.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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
 * Device readings from MQTT, through the Artemis resource adapter, on one shared durable
 * subscription (competing consumers across app instances). Bean-managed, so no XA: the message is
 * acknowledged when onMessage returns, which is after its readings are committed; an exception
 * sends it back to the broker for a delayed redelivery. Sessions bound the readings per group commit
 * (the writer's batches), so there are many; each prefetches at most 16 KB (some 40 messages) instead
 * of the default 1 MB, so a message never queues behind thousands buffered for one blocked session.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = "devices.#"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "clientId", propertyValue = "energy-platform"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "device-readings"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "128"),
    @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "16384")
})
@TransactionManagement(TransactionManagementType.BEAN)
public class ReadingsListener implements MessageListener {

    @Inject
    ReadingIntake intake;

    @Override
    public void onMessage(Message message) {
        try {
            String address = ((Topic) message.getJMSDestination()).getTopicName();
            long receivedAt = message.getJMSTimestamp() > 0 ? message.getJMSTimestamp() : System.currentTimeMillis();
            if (message instanceof BytesMessage bytes) {
                long size = bytes.getBodyLength();
                byte[] payload = new byte[(int) Math.min(size, intake.maxPayloadBytes() + 1L)];
                bytes.readBytes(payload);
                intake.fromBroker(address, payload, size, receivedAt);
            } else {
                byte[] payload = message instanceof TextMessage text && text.getText() != null
                        ? text.getText().getBytes(StandardCharsets.UTF_8) : new byte[0];
                intake.fromBroker(address, payload, payload.length, receivedAt);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("could not read message: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing readings", e);
        }
    }
}
