package org.energytracking.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Debian's HAProxy in front of the deployment group (CLUSTER_INSTANCES), as a child process of the launcher. */
final class HaProxy implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HaProxy.class.getName());
    private final Process process;

    private HaProxy(Process process) {
        this.process = process;
    }

    static HaProxy start(ClusterSettings cluster, int httpPort, Path dir) throws IOException {
        Path config = dir.resolve("haproxy.cfg");
        Files.createDirectories(dir);
        Files.writeString(config, config(cluster, httpPort));
        ProcessBuilder builder = new ProcessBuilder(cluster.haproxy(), "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("CLUSTER_INSTANCES needs HAProxy (Debian: apt-get install haproxy, or set HAPROXY to"
                    + " its path): " + e.getMessage(), e);
        }
        LOG.info(() -> "HAProxy on port " + httpPort + " as process " + process.pid() + ", configuration " + config);
        return new HaProxy(process);
    }

    /** The kept template with this host's instances filled in. */
    static String config(ClusterSettings cluster, int httpPort) throws IOException {
        String template;
        try (InputStream in = HaProxy.class.getResourceAsStream("/haproxy/haproxy.cfg")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder servers = new StringBuilder();
        List<String> names = cluster.names();
        for (int i = 1; i <= names.size(); i++) {
            servers.append("    server ").append(names.get(i - 1)).append(" 127.0.0.1:").append(cluster.instanceHttpPort(i))
                    .append(" check cookie ").append(names.get(i - 1)).append('\n');
        }
        return template.replace("@HTTP_PORT@", Integer.toString(httpPort))
                .replace("@SERVERS@", servers.toString().stripTrailing());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
