package org.energytracking.ingest.entity;

/** A message as it arrived, kept to explain a rejection: where from, for which device, what it held. */
public record InboundMessage(String source, String topic, String deviceId, byte[] payload, long receivedAtMs) {

    public static final String MQTT = "mqtt";
    public static final String HTTP = "http";
}
