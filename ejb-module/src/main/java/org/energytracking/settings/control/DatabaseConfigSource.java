package org.energytracking.settings.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The system_setting rows as a MicroProfile Config source (META-INF/services), between the
 * environment (300) and microprofile-config.properties (100). Payara creates it with the
 * ServiceLoader, not CDI, so the rows live in a static snapshot that {@link SettingRows} replaces.
 */
public class DatabaseConfigSource implements ConfigSource {

    public static final String NAME = "database (system_setting)";
    public static final int ORDINAL = 250;
    private static final Logger LOG = Logger.getLogger(DatabaseConfigSource.class.getName());
    private static volatile Map<String, String> values = Map.of();

    /** Takes the rows as they now are and makes Config answer with them at once. */
    static void replace(Map<String, String> rows) {
        values = Map.copyOf(rows);
        forgetCachedValues(ConfigProvider.getConfig());
    }

    /** One setting changed (null: back to the default); call after its row is committed. */
    public static void put(String name, String value) {
        Map<String, String> next = new HashMap<>(values);
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        replace(next);
    }

    public static boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Payara keeps every looked-up value for a minute (asadmin set-config-cache); its Config has a
     * clearCache() but no API type to call it through. Elsewhere a change applies within that cache time.
     */
    private static void forgetCachedValues(Config config) {
        try {
            config.getClass().getMethod("clearCache").invoke(config);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not clear the config cache of {0}; changed settings apply when it expires",
                    config.getClass().getName());
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public Map<String, String> getProperties() {
        return values;
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
