package org.energytracking.launcher;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * The real Artemis server, in the launcher's JVM, configured from broker.xml: an MQTT acceptor for
 * devices and a CORE acceptor on loopback for the resource adapter. Journal in DATA_DIR/broker.
 */
final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());
    private final EmbeddedActiveMQ broker;

    private EmbeddedBroker(EmbeddedActiveMQ broker) {
        this.broker = broker;
    }

    static EmbeddedBroker start(Path dataDir, String mqttHost, int mqttPort, int corePort) throws Exception {
        // broker.xml refers to these as ${...}; Artemis substitutes system properties when it parses the file
        System.setProperty("energy.broker.data", dataDir.toString());
        System.setProperty("energy.mqtt.host", mqttHost);
        System.setProperty("energy.mqtt.port", Integer.toString(mqttPort));
        System.setProperty("energy.core.port", Integer.toString(corePort));
        FileConfiguration configuration = new FileConfiguration();
        new FileDeploymentManager("broker.xml").addDeployable(configuration).readConfiguration();
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(configuration);
        broker.start();
        LOG.info(() -> "Embedded Artemis: MQTT on " + mqttHost + ":" + mqttPort + ", CORE on 127.0.0.1:" + corePort);
        return new EmbeddedBroker(broker);
    }

    @Override
    public void close() {
        try {
            broker.stop();
        } catch (Exception e) {
            LOG.warning(() -> "Embedded Artemis did not stop cleanly: " + e.getMessage());
        }
    }
}
