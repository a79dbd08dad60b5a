package org.energytracking.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code CLUSTER_INSTANCES=N} (N ≥ 2): a Payara deployment group of N instances on this host behind HAProxy on
 * HTTP_PORT, with the Artemis broker pair. The DAS keeps the domain's ports but gives HTTP_PORT up (its own
 * listener moves to port base + 90); instance {@code i} (1-based) has the port base {@code portBase + 100 × i},
 * so its HTTP listener is on {@code HTTP_PORT + 100 × i}.
 */
record ClusterSettings(int instances, int portBase, String haproxy) {

    static final String GROUP = "energy-group";
    static final String CONFIG = "energy-config";
    static final String NODE = "energy-node";
    static final int DAS_HTTP_OFFSET = 90;
    static final int INSTANCE_STEP = 100;
    static final int ADMIN_OFFSET = 48;

    static ClusterSettings from(Map<String, String> env, LaunchSettings settings) {
        int instances = LaunchSettings.intSetting(env, "CLUSTER_INSTANCES", 1);
        if (instances < 1 || instances > 9) {
            throw new IllegalArgumentException("CLUSTER_INSTANCES must be between 1 and 9, got " + instances);
        }
        // Debian installs it in /usr/sbin, which an ordinary user's PATH lacks
        String haproxy = java.nio.file.Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        return new ClusterSettings(instances, settings.portBase(), env.getOrDefault("HAPROXY", haproxy));
    }

    boolean enabled() {
        return instances > 1;
    }

    List<String> names() {
        return IntStream.rangeClosed(1, instances).mapToObj(i -> "energy-" + i).toList();
    }

    int instancePortBase(int index) {
        return portBase + INSTANCE_STEP * index;
    }

    int instanceHttpPort(int index) {
        return instancePortBase(index) + LaunchSettings.PAYARA_HTTP_OFFSET;
    }

    int adminPort() {
        return portBase + ADMIN_OFFSET;
    }

    /** Values for preboot.asadmin, postboot.asadmin and, with a cluster, deployment-group.asadmin. */
    Map<String, String> scriptValues(Path nodeDir) {
        if (!enabled()) {
            return Map.of("TARGET", "server", "CONFIG", "server-config", "DAS_DATA_GRID", "false",
                    "DAS_HTTP_PORT", Integer.toString(portBase + LaunchSettings.PAYARA_HTTP_OFFSET));
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= instances; i++) {
            String name = names().get(i - 1);
            lines.append("create-instance --node ").append(NODE).append(" --config ").append(CONFIG)
                    .append(" --portbase ").append(instancePortBase(i)).append(' ').append(name).append('\n')
                    .append("add-instance-to-deployment-group --instance ").append(name)
                    .append(" --deploymentgroup ").append(GROUP).append('\n');
        }
        return Map.of("TARGET", GROUP, "CONFIG", CONFIG, "DAS_DATA_GRID", "true",
                "DAS_HTTP_PORT", Integer.toString(portBase + DAS_HTTP_OFFSET),
                "NODE_DIR", nodeDir.toString(), "INSTANCES", lines.toString().strip());
    }

    /** Every port the instances will open (Payara's offsets from a port base), for the launcher to find free. */
    Map<Integer, PortSetting> instancePorts() {
        Map<Integer, PortSetting> ports = new java.util.TreeMap<>();
        int[] offsets = {80, 81, 48, 37, 38, 39, 86, 66, 9, 76};
        for (int i = 1; enabled() && i <= instances; i++) {
            for (int offset : offsets) {
                ports.put(instancePortBase(i) + offset, new PortSetting("HTTP_PORT",
                        "a port of instance energy-" + i + ", HTTP_PORT + " + (instancePortBase(i) + offset - portBase - 80)));
            }
        }
        if (enabled()) {
            ports.put(portBase + DAS_HTTP_OFFSET, new PortSetting("HTTP_PORT", "the DAS's HTTP port, HTTP_PORT + 10"));
        }
        return ports;
    }
}
