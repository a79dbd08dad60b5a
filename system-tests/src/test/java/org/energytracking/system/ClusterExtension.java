package org.energytracking.system;

import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * A second platform beside the suite's: a deployment group of two instances behind HAProxy with the broker pair
 * (CLUSTER_INSTANCES=2), started before the first test class that needs it and stopped after the suite, so the
 * cluster's tests and the broker failover test share one start (about three minutes on this machine).
 */
public class ClusterExtension extends PlatformExtension {

    static final int INSTANCES = 2;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ClusterExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster(context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cluster(context);
    }

    private static Platform cluster(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Platform.class, key -> {
            Mailbox mailbox = Mailbox.onPort(freePort());
            RunningPlatform running = null;
            try {
                running = RunningPlatform.clusterOnFreePorts(INSTANCES);
                long started = System.nanoTime();
                running.start(Duration.ofMinutes(12), mailbox.port());
                System.out.printf("cluster of %d instances ready in %.1f s%n", INSTANCES, (System.nanoTime() - started) / 1e9);
                return new Platform(running, mailbox);
            } catch (Exception e) {
                stop(running);
                mailbox.close();
                throw new IllegalStateException("could not start the cluster: " + e.getMessage(), e);
            }
        }, Platform.class);
    }

    private static void stop(RunningPlatform running) {
        try {
            if (running != null) {
                running.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try {
            return RunningPlatform.freePort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
