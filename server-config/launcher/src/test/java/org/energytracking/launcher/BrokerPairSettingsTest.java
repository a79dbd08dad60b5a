package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.ha.ReplicaPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.ReplicatedPolicyConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerPairSettingsTest {

    private static BrokerPairSettings pair(Map<String, String> env) {
        return BrokerPairSettings.from(env, LaunchSettings.from(env));
    }

    @Test
    void offUnlessAskedForAndThenNoFurtherPortIsNeeded() {
        BrokerPairSettings single = pair(Map.of());
        assertThat(single.enabled()).isFalse();
        assertThat(single.secondPorts()).isEmpty();
    }

    @Test
    void theSecondMemberListensBesideTheFirst() {
        BrokerPairSettings pair = pair(Map.of("BROKER_HA", "true", "HTTP_PORT", "20080", "MQTT_PORT", "21883"));
        assertThat(pair.mqttPorts()).containsExactly(21883, 21884);
        assertThat(pair.corePorts()).containsExactly(20061, 20062);
        assertThat(pair.mqttUrls()).isEqualTo("tcp://127.0.0.1:21883,tcp://127.0.0.1:21884");
        assertThat(pair.secondPorts()).containsOnlyKeys(21884, 20062);
        assertThat(pair(Map.of("BROKER_HA", "true", "MQTT_BACKUP_PORT", "1999")).mqttPorts()).containsExactly(1883, 1999);
    }

    @Test
    void theResourceAdapterGetsBothConnectorsAndFailsOver() {
        Map<String, String> values = pair(Map.of("BROKER_HA", "true", "HTTP_PORT", "20080")).scriptValues();
        assertThat(values.get("BROKER_PARAMS")).isEqualTo("host\\=127.0.0.1;port\\=20061,host\\=127.0.0.1;port\\=20062");
        assertThat(values.get("BROKER_FAILOVER")).endsWith(":HA=true")
                .contains("NettyConnectorFactory,org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory");
    }

    @Test
    void postbootConfiguresTheAdapterForThePairAndLeavesItAloneOtherwise(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("BROKER_HA", "true", "HTTP_PORT", "20080");
        LaunchSettings settings = LaunchSettings.from(env);
        Optional<BrokerAccount> account = BrokerAccount.of(settings);
        Map<String, String> values = new HashMap<>(ScriptValues.of(settings, DatabaseUrl.of("jdbc:mariadb://127.0.0.1:3306/energy"),
                dir, account));
        values.putAll(ClusterSettings.from(env, settings).scriptValues(dir.resolve("nodes")));
        String single = Files.readString(AsadminScript.render(List.of("postboot.asadmin"), values, dir.resolve("single")));
        values.putAll(BrokerPairSettings.from(env, settings).scriptValues());
        String pair = Files.readString(AsadminScript.render(List.of("postboot.asadmin"), values, dir.resolve("pair")));

        assertThat(single).contains("ConnectionParameters=host\\=127.0.0.1;port\\=20061:UserName=energy.platform:Password=")
                .doesNotContain("HA=true");
        assertThat(pair).containsPattern("ConnectionParameters=host\\\\=127.0.0.1;port\\\\=20061,host\\\\=127.0.0.1;port\\\\=20062"
                + ":UserName=energy.platform:Password=\\S+:ConnectorClassName=\\S+NettyConnectorFactory,\\S+NettyConnectorFactory:HA=true artemis-rar");
    }

    @Test
    void anExternalBrokerCannotBeAPair() {
        assertThatThrownBy(() -> pair(Map.of("BROKER_HA", "true", "BROKER_URL", "tcp://broker.lan:61616")))
                .hasMessageContaining("BROKER_URL");
    }

    @Test
    void primaryReplicatesToItsPeerAndTheBackupDoesNotFailBack() throws Exception {
        ConfigurationImpl primary = new ConfigurationImpl();
        new Replication(true, "127.0.0.1", 20061, "127.0.0.1", 20062, "secret").applyTo(primary);
        assertThat(primary.getHAPolicyConfiguration()).isInstanceOf(ReplicatedPolicyConfiguration.class);
        assertThat(primary.getClusterConfigurations()).singleElement()
                .satisfies(cluster -> assertThat(cluster.getStaticConnectors()).containsExactly("peer"));
        assertThat(primary.getConnectorConfigurations().get("peer").getParams()).containsEntry("port", "20062");
        assertThat(primary.getClusterPassword()).isEqualTo("secret");

        ConfigurationImpl backup = new ConfigurationImpl();
        new Replication(false, "127.0.0.1", 20062, "127.0.0.1", 20061, "secret").applyTo(backup);
        assertThat(((ReplicaPolicyConfiguration) backup.getHAPolicyConfiguration()).isAllowFailBack()).isFalse();
    }
}
