package org.energytracking.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * An app server the launcher keeps running: the DAS serving the application, or each instance of the deployment
 * group. If one dies (a crash, an OOM kill, kill -9) it is started again: the broker has kept every unacknowledged
 * message on the durable subscription (and a group's other instances take them meanwhile), so nothing is lost.
 */
record Supervised(PayaraServer server, String baseUrl) {

    private static final Logger LOG = Logger.getLogger(Supervised.class.getName());
    // a 2-core machine busy with other work took over 3 minutes to redeploy after a crash
    static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    String readyUrl() {
        return baseUrl + "/health/ready";
    }

    /** Blocks until the platform closes, restarting whichever server exits meanwhile. */
    static void untilStopped(Platform platform, List<Supervised> servers, Endpoints endpoints, Path endpointsFile) {
        CompletableFuture.allOf(servers.stream()
                .map(s -> CompletableFuture.runAsync(() -> Launcher.unchecked(() -> s.keepRunning(platform, () ->
                        endpoints.writeTo(endpointsFile, servers.get(0).server().process().pid())))))
                .toArray(CompletableFuture[]::new)).join();
    }

    private void keepRunning(Platform platform, Launcher.VoidStep restarted) throws IOException, InterruptedException {
        while (true) {
            int exit = server.process().waitFor();
            if (platform.isClosing()) {
                return;
            }
            LOG.warning(() -> server.name() + " exited unexpectedly with " + exit + "; restarting it");
            server.restart();
            server.awaitReady(readyUrl(), READY_TIMEOUT);
            Launcher.unchecked(restarted);
            LOG.info(() -> server.name() + " is back");
        }
    }
}
