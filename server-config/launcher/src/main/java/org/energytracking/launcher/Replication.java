package org.energytracking.launcher;

import java.util.List;
import org.apache.activemq.artemis.core.config.ClusterConnectionConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.ha.ReplicaPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.ReplicatedPolicyConfiguration;

/**
 * Artemis' own replication HA on top of broker.xml (as its replicated-failback-static example): a cluster
 * connection to the other member over static connectors, the primary's journal copied to the backup before
 * anything is acknowledged, and the backup activating when the primary's connection drops. With a single pair
 * the backup's quorum is itself (QuorumVoteServerConnect needs no votes for a cluster of one primary), so it
 * takes over at once.
 */
record Replication(boolean primary, String coreHost, int corePort, String peerHost, int peerCorePort, String clusterPassword) implements EmbeddedBroker.Addition {

    /** Not a device id (no dots allowed there); Artemis lets this user past the security manager, with its password. */
    static final String CLUSTER_USER = "energy.cluster";

    @Override
    public void applyTo(Configuration configuration) throws Exception {
        configuration.addConnectorConfiguration("self", "tcp://" + coreHost + ":" + corePort);
        configuration.addConnectorConfiguration("peer", "tcp://" + peerHost + ":" + peerCorePort);
        configuration.setClusterUser(CLUSTER_USER);
        configuration.setClusterPassword(clusterPassword);
        // No failback: a member that comes back joins as backup of whichever is active (the launcher restarts it
        // with that role), so devices see one switch per failure instead of two, and no stale journal goes live.
        configuration.setHAPolicyConfiguration(primary
                ? new ReplicatedPolicyConfiguration().setCheckForActiveServer(true)
                : new ReplicaPolicyConfiguration().setAllowFailBack(false).setMaxSavedReplicatedJournalsSize(2));
        configuration.addClusterConfiguration(new ClusterConnectionConfiguration()
                .setName("energy-pair")
                .setConnectorName("self")
                .setStaticConnectors(List.of("peer"))
                .setRetryInterval(500)
                .setMaxRetryInterval(2000)
                .setRetryIntervalMultiplier(1.5)
                .setReconnectAttempts(-1));
    }
}
