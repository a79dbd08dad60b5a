package org.energytracking.live.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.energytracking.live.control.LiveRelay;

/**
 * Every instance's own (non-durable, not shared) subscription to the live events of all instances: a page missing
 * an event that was relayed while its instance was down loses nothing that a reload would not show.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = LiveRelay.TOPIC),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionManagement(TransactionManagementType.BEAN)
public class LiveEventsListener implements MessageListener {

    @Inject
    LiveRelay relay;

    @Override
    public void onMessage(Message message) {
        try {
            if (message instanceof TextMessage text && text.getText() != null) {
                relay.arrived(message.getStringProperty(LiveRelay.KIND), text.getText());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("could not read a live event: " + e.getMessage(), e);
        }
    }
}
