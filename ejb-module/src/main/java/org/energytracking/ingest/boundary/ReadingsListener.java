package org.energytracking.ingest.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * Device readings from MQTT, through the Artemis resource adapter, on one shared durable
 * subscription (competing consumers across app instances). Bean-managed, so no XA: the message is
 * acknowledged when onMessage returns, which is after its readings are committed; an exception
 * sends it back to the broker for a delayed redelivery. Sessions bound the readings per group commit
 * (the writer's batches), so there are many; each prefetches at most 16 KB (some 40 messages) instead
 * of the default 1 MB, so a message never queues behind thousands buffered for one blocked session.
 * The device families' topics have their own, smaller subscriptions ({@link TasmotaListener} and its siblings).
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
public class ReadingsListener extends BrokerMessages {
}
