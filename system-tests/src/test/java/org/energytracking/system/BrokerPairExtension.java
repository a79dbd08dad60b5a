package org.energytracking.system;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * A second platform with the broker pair (BROKER_HA=true), beside the suite's, for the test class that uses it:
 * started once before its first test and stopped after its last (it costs a platform start, about a minute).
 */
public class BrokerPairExtension extends PlatformExtension {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrokerPairExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        pairPlatform(context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return pairPlatform(context);
    }

    private static Platform pairPlatform(ExtensionContext context) {
        ExtensionContext testClass = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return testClass.getStore(NAMESPACE).getOrComputeIfAbsent(Platform.class, key -> {
            Mailbox mailbox = Mailbox.onPort(freePort());
            RunningPlatform running = null;
            try {
                running = RunningPlatform.onFreePorts("-broker-pair", Map.of("BROKER_HA", "true"));
                long started = System.nanoTime();
                running.start(Duration.ofMinutes(10), mailbox.port());
                System.out.printf("platform with the broker pair ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
                return new Platform(running, mailbox);
            } catch (Exception e) {
                stop(running);
                mailbox.close();
                throw new IllegalStateException("could not start the platform with the broker pair: " + e.getMessage(), e);
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
