package org.energytracking.ingest.control;

import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.ingest.entity.BrokerTopic;

/** The reasons a message's topic is refused, worded for the person who configured the device. */
final class BrokerTopics {

    static final String UNKNOWN_TOPIC = "topic must be devices/{deviceId}/readings, with deviceId made of letters, digits,"
            + " '-' or '_', or a device family's topic: tele/{deviceId}/SENSOR (tasmota), shellies/{deviceId}/... (shelly-gen1),"
            + " {deviceId}/status/{component} or {deviceId}/events/rpc (shelly-gen2), v1/devices/me/telemetry (thingsboard)";

    private BrokerTopics() {
    }

    static String wrongFamily(BrokerTopic topic, DeviceProtocol registered) {
        return "device " + topic.deviceId() + " is registered as " + registered.key() + " but published a "
                + topic.family().key() + " topic: change its protocol or its firmware's settings";
    }
}
