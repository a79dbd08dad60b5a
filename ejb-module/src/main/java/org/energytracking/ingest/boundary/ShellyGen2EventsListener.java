package org.energytracking.ingest.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Shelly Gen2 NotifyStatus frames: MQTT {@code {id}/events/rpc}. As {@link ReadingsListener}, with fewer sessions: these devices publish every few seconds at most. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = "*.events.rpc"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "clientId", propertyValue = "energy-platform"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "shelly-gen2-events"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8"),
    @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "16384")
})
@TransactionManagement(TransactionManagementType.BEAN)
public class ShellyGen2EventsListener extends BrokerMessages {
}
