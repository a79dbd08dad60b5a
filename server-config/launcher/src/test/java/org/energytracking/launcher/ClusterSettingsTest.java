package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSettingsTest {

    private static ClusterSettings cluster(Map<String, String> env) {
        return ClusterSettings.from(env, LaunchSettings.from(env));
    }

    @Test
    void oneInstanceIsTheSingleServerAsBefore() {
        ClusterSettings single = cluster(Map.of());
        assertThat(single.enabled()).isFalse();
        assertThat(single.instancePorts()).isEmpty();
        assertThat(single.scriptValues(Path.of("nodes"))).containsEntry("TARGET", "server")
                .containsEntry("CONFIG", "server-config").containsEntry("DAS_HTTP_PORT", "8080")
                .containsEntry("DAS_DATA_GRID", "false");
    }

    @Test
    void instancesTakePortBasesAboveTheDomainsAndTheDasGivesUpHttpPort() {
        ClusterSettings two = cluster(Map.of("CLUSTER_INSTANCES", "2", "HTTP_PORT", "20080"));
        assertThat(two.names()).containsExactly("energy-1", "energy-2");
        assertThat(two.instanceHttpPort(1)).isEqualTo(20180);
        assertThat(two.instanceHttpPort(2)).isEqualTo(20280);
        assertThat(two.adminPort()).isEqualTo(20048);
        assertThat(two.instancePorts()).containsKeys(20180, 20148, 20280, 20248, 20090).doesNotContainKey(20080);
        assertThat(two.scriptValues(Path.of("/data/nodes"))).containsEntry("TARGET", "energy-group")
                .containsEntry("DAS_HTTP_PORT", "20090").containsEntry("DAS_DATA_GRID", "true");
    }

    @Test
    void theGroupScriptCreatesEveryInstanceInTheGroupAndPostbootTargetsIt(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("CLUSTER_INSTANCES", "2", "HTTP_PORT", "20080");
        LaunchSettings settings = LaunchSettings.from(env);
        Map<String, String> values = new HashMap<>(ScriptValues.of(settings,
                DatabaseUrl.of("jdbc:mariadb://127.0.0.1:3306/energy"), dir, BrokerAccount.of(settings)));
        values.putAll(ClusterSettings.from(env, settings).scriptValues(dir.resolve("nodes")));
        String script = Files.readString(AsadminScript.render(List.of("deployment-group.asadmin", "postboot.asadmin"),
                values, dir.resolve("postboot.asadmin")));

        assertThat(script).contains("create-instance --node energy-node --config energy-config --portbase 20100 energy-1",
                "add-instance-to-deployment-group --instance energy-2 --deploymentgroup energy-group",
                "create-node-config --nodedir " + dir.resolve("nodes"), "deploy --target energy-group --name energy ",
                "create-jdbc-resource --target energy-group", "set configs.config.energy-config.mdb-container");
        assertThat(script.indexOf("create-deployment-group")).isLessThan(script.indexOf("deploy --target"));
    }

    @Test
    void theBalancerChecksEveryInstancesReadiness() throws Exception {
        String config = HaProxy.config(cluster(Map.of("CLUSTER_INSTANCES", "3", "HTTP_PORT", "20080")), 20080);
        assertThat(config).contains("bind :20080", "option httpchk GET /health/ready",
                "server energy-1 127.0.0.1:20180 check cookie energy-1", "server energy-3 127.0.0.1:20380 check");
    }

    @Test
    void moreThanNineOrFewerThanOneIsRefused() {
        assertThatThrownBy(() -> cluster(Map.of("CLUSTER_INSTANCES", "0"))).hasMessageContaining("CLUSTER_INSTANCES");
        assertThatThrownBy(() -> cluster(Map.of("CLUSTER_INSTANCES", "10"))).hasMessageContaining("between 1 and 9");
        assertThat(Optional.of(cluster(Map.of("CLUSTER_INSTANCES", "1"))).map(ClusterSettings::enabled)).contains(false);
    }
}
