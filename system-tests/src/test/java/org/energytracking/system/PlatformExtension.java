package org.energytracking.system;

import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Starts the platform before the first test class that needs it and stops it after the last. */
public class PlatformExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    static Platform platform(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Platform.class, key -> {
            try {
                Mailbox mailbox = Mailbox.onPort(RunningPlatform.freePort());
                RunningPlatform running = RunningPlatform.onFreePorts();
                running.start(Duration.ofMinutes(5), mailbox.port());
                // Payara's admin port is its port base + 48; Arquillian reads this when its first test class starts
                System.setProperty("arq.container.payara.configuration.adminPort", Integer.toString(running.httpPort - 80 + 48));
                return new Platform(running, mailbox);
            } catch (Exception e) {
                throw new IllegalStateException("could not start the platform: " + e.getMessage(), e);
            }
        }, Platform.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }
}
