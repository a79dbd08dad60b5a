package org.energytracking.launcher;

import java.net.URI;

/** Host and port of an external broker given as {@code tcp://host:port}. */
public record BrokerAddress(String host, int port) {

    public static BrokerAddress parse(String url) {
        URI uri = URI.create(url.contains("://") ? url : "tcp://" + url);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("BROKER_URL must look like tcp://host:61616, got '" + url + "'");
        }
        return new BrokerAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 61616);
    }
}
