package org.energytracking.launcher;

import java.util.List;
import java.util.Map;

/**
 * {@code BROKER_HA=true}: an Artemis primary/backup pair with a replicated journal instead of the one embedded
 * broker. The first member's MQTT acceptor is on MQTT_PORT, the second's on {@code MQTT_BACKUP_PORT}
 * (MQTT_PORT + 1); their CORE acceptors (resource adapter, replication) on loopback at HTTP_PORT - 19 and - 18.
 */
record BrokerPairSettings(boolean enabled, String mqttHost, List<Integer> mqttPorts, List<Integer> corePorts) {

    static final int SECOND_CORE_OFFSET = 62;
    static final String CONNECTOR = "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory";

    static BrokerPairSettings from(Map<String, String> env, LaunchSettings settings) {
        boolean enabled = LaunchSettings.booleanSetting(env, "BROKER_HA");
        if (enabled && settings.brokerUrl().isPresent()) {
            throw new IllegalArgumentException("BROKER_HA=true starts its own broker pair: unset BROKER_URL");
        }
        int secondMqtt = LaunchSettings.intSetting(env, "MQTT_BACKUP_PORT", settings.mqttPort() + 1);
        return new BrokerPairSettings(enabled, settings.mqttHost(), List.of(settings.mqttPort(), secondMqtt),
                List.of(settings.brokerCorePort(), settings.portBase() + SECOND_CORE_OFFSET));
    }

    /** The same, switched on (a cluster of app servers wants the pair whether BROKER_HA says so or not). */
    BrokerPairSettings on() {
        return new BrokerPairSettings(true, mqttHost, mqttPorts, corePorts);
    }

    /** The second member's ports, which the launcher must find free too (none without BROKER_HA). */
    Map<Integer, PortSetting> secondPorts() {
        return enabled ? Map.of(mqttPorts.get(1), new PortSetting("MQTT_BACKUP_PORT", "MQTT_BACKUP_PORT"),
                corePorts.get(1), new PortSetting("HTTP_PORT", "the second broker's CORE port, HTTP_PORT - 18")) : Map.of();
    }

    /** What devices list: both MQTT addresses, as Paho's serverURIs or mosquitto's bridge addresses take them. */
    String mqttUrls() {
        return "tcp://127.0.0.1:" + mqttPorts.get(0) + ",tcp://127.0.0.1:" + mqttPorts.get(1);
    }

    /**
     * The resource adapter's connection to the pair (see {@code ActiveMQRaUtils.parseConfig}): one connector class
     * and one parameter set per member, comma-separated; HA, so that its sessions fail over to the backup.
     */
    Map<String, String> scriptValues() {
        return Map.of(
                "BROKER_PARAMS", AsadminScript.propertyValue("host=127.0.0.1;port=" + corePorts.get(0)
                        + ",host=127.0.0.1;port=" + corePorts.get(1)),
                "BROKER_FAILOVER", ":ConnectorClassName=" + CONNECTOR + "," + CONNECTOR + ":HA=true");
    }
}
