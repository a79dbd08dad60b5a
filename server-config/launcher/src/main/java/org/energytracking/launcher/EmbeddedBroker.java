package org.energytracking.launcher;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.security.SecurityStore;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * The real Artemis server, in the launcher's JVM, configured from broker.xml: an MQTT acceptor for
 * devices and a CORE acceptor on loopback for the resource adapter. Journal in DATA_DIR/broker.
 */
final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());
    private final EmbeddedActiveMQ broker;
    private final BrokerSecurity security;
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "broker-security-report");
        thread.setDaemon(true);
        return thread;
    });
    private String period = "minute";
    private long reportedRefusals;
    private long reportedDenials;

    private EmbeddedBroker(EmbeddedActiveMQ broker, BrokerSecurity security) {
        this.broker = broker;
        this.security = security;
    }

    /** What a member of a broker pair (its HA policy and cluster connection) or the broker floor's experiments add to broker.xml's configuration. */
    interface Addition {
        void applyTo(Configuration configuration) throws Exception;
    }

    static EmbeddedBroker start(Path dataDir, String mqttHost, int mqttPort, int corePort, BrokerSecurity security,
            int reportSeconds) throws Exception {
        return start(dataDir, mqttHost, mqttPort, corePort, security, reportSeconds, configuration -> { });
    }

    static EmbeddedBroker start(Path dataDir, String mqttHost, int mqttPort, int corePort, BrokerSecurity security,
            int reportSeconds, Addition addition) throws Exception {
        // broker.xml refers to these as ${...}; Artemis substitutes system properties when it parses the file
        System.setProperty("energy.broker.data", dataDir.toString());
        System.setProperty("energy.mqtt.host", mqttHost);
        System.setProperty("energy.mqtt.port", Integer.toString(mqttPort));
        System.setProperty("energy.core.port", Integer.toString(corePort));
        FileConfiguration configuration = new FileConfiguration();
        new FileDeploymentManager("broker.xml").addDeployable(configuration).readConfiguration();
        // Artemis lets its cluster user, whose password defaults to a published constant, bypass every check
        configuration.setClusterPassword(Secrets.random());
        addition.applyTo(configuration);
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(configuration);
        broker.setSecurityManager(security);
        broker.start();
        LOG.info(() -> "Embedded Artemis: MQTT on " + mqttHost + ":" + mqttPort + ", CORE on 127.0.0.1:" + corePort);
        EmbeddedBroker embedded = new EmbeddedBroker(broker, security);
        embedded.period = reportSeconds == 60 ? "minute" : reportSeconds + " s";
        embedded.reporter.scheduleAtFixedRate(embedded::reportRefusals, reportSeconds, reportSeconds, TimeUnit.SECONDS);
        return embedded;
    }

    ActiveMQServer server() {
        return broker.getActiveMQServer();
    }

    /** While logins are refused or actions denied: one line per client and report period (a minute) with its count, then the totals. */
    private void reportRefusals() {
        security.refusals().drain(period).forEach(line -> LOG.warning(line));
        SecurityStore store = broker.getActiveMQServer().getSecurityStore();
        long refusals = store.getAuthenticationFailureCount();
        long denials = store.getAuthorizationFailureCount();
        if (refusals != reportedRefusals || denials != reportedDenials) {
            LOG.log(Level.WARNING, "Broker security: {0} logins refused and {1} actions denied in the last {2}"
                    + " ({3} and {4} since start)", new Object[] {refusals - reportedRefusals, denials - reportedDenials,
                    period, refusals, denials});
            reportedRefusals = refusals;
            reportedDenials = denials;
        }
    }

    @Override
    public void close() {
        reporter.shutdownNow();
        try {
            broker.stop();
        } catch (Exception e) {
            LOG.warning(() -> "Embedded Artemis did not stop cleanly: " + e.getMessage());
        }
        security.close();
    }
}
