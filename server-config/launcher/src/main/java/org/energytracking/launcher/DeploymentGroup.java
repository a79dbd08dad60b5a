package org.energytracking.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * The deployment group's instances (CLUSTER_INSTANCES). The DAS's postboot script has created them and deployed
 * to the group; each instance is then synchronised from the DAS and started by asadmin's dry run, as a direct
 * child of the launcher like the DAS itself, so that it stops with it and can be supervised.
 */
final class DeploymentGroup implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeploymentGroup.class.getName());
    private static final String APPLICATION_REF = "<application-ref ref=\"energy\"";
    private static final int SYNC_ATTEMPTS = 60;
    private final ClusterSettings cluster;
    private final List<PayaraServer> instances = new ArrayList<>();

    DeploymentGroup(ClusterSettings cluster, PayaraDomain domain, String heap, Map<String, String> environment) {
        this.cluster = cluster;
        List<String> names = cluster.names();
        for (int i = 1; i <= names.size(); i++) {
            String name = names.get(i - 1);
            Map<String, String> own = new HashMap<>(environment);
            own.put("READY_PROBE_URL", readyProbe(cluster.instanceHttpPort(i)));
            List<String> command = List.of(domain.asadmin().toString(), "--port", Integer.toString(cluster.adminPort()),
                    "start-local-instance", "--nodedir", domain.nodeDir().toString(), "--node", ClusterSettings.NODE,
                    "--sync", "full", "--dry-run", name);
            Path instanceDir = domain.nodeDir().resolve(ClusterSettings.NODE).resolve(name);
            instances.add(new PayaraServer("Instance " + name,
                    again -> synchronised(command, instanceDir, domain.root().resolve("dry-run-" + name + ".log")),
                    instanceDir.resolve("logs"), heap, own));
        }
    }

    /**
     * The dry run's output, once its synchronisation brought the application: a sync while the DAS is still writing
     * the deployment copies a domain.xml without it (seen once: the instance then served only the readiness gate).
     */
    private static String synchronised(List<String> command, Path instanceDir, Path log) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            String dryRun = Processes.runToCompletion(command, log);
            Path config = instanceDir.resolve("config/domain.xml");
            if (Files.exists(config) && Files.readString(config).contains(APPLICATION_REF) || attempt == SYNC_ATTEMPTS) {
                return dryRun;
            }
            LOG.info(() -> instanceDir.getFileName() + " synchronised without the application yet; again");
            Thread.sleep(1_000);
        }
    }

    static String readyProbe(int httpPort) {
        return "http://127.0.0.1:" + httpPort + "/deployed.txt";
    }

    List<PayaraServer> instances() {
        return instances;
    }

    String readyUrl(int index) {
        return baseUrl(index) + "/health/ready";
    }

    private String baseUrl(int index) {
        return "http://127.0.0.1:" + cluster.instanceHttpPort(index);
    }

    List<Supervised> supervised() {
        List<Supervised> all = new ArrayList<>();
        for (int i = 1; i <= instances.size(); i++) {
            all.add(new Supervised(instances.get(i - 1), baseUrl(i)));
        }
        return all;
    }

    /** Waits until the DAS's postboot script has deployed the application to the group. */
    void awaitDeployedToGroup(PayaraServer das, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cluster.adminPort()
                        + "/management/domain/applications/application/energy"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!das.isAlive()) {
                throw new IOException("the DAS exited; see " + das.serverLog());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the admin listener is not up yet
            }
            Thread.sleep(500);
        }
        throw new IOException("energy was not deployed to " + ClusterSettings.GROUP + " after " + timeout.toSeconds()
                + " s; see " + das.serverLog());
    }

    /** Starts every instance, one synchronisation at a time (they share the DAS), and waits until all are ready. */
    void startAndAwaitReady(Duration timeout) throws IOException, InterruptedException {
        for (PayaraServer instance : instances) {
            instance.start();
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 1; i <= instances.size(); i++) {
            PayaraServer instance = instances.get(i - 1);
            String url = readyUrl(i);
            ready.add(CompletableFuture.runAsync(() -> Launcher.unchecked(() -> instance.awaitReady(url, timeout))));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void close() {
        instances.parallelStream().forEach(PayaraServer::close);
    }
}
