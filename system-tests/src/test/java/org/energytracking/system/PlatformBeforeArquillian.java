package org.energytracking.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For Arquillian test classes: starts the suite's platform on the client side (so Arquillian
 * knows Payara's admin port) and does nothing when the same test class runs inside Payara.
 */
public class PlatformBeforeArquillian implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("com.sun.aas.instanceRoot") == null) {
            PlatformExtension.platform(context);
        }
    }
}
