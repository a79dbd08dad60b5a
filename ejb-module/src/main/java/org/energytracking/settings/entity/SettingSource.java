package org.energytracking.settings.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where a setting's effective value comes from: the shipped default, an administrator's change, or the deployment. */
public enum SettingSource {
    DEFAULT, DATABASE, ENVIRONMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The environment variable that sets {@code key} (MicroProfile Config's mapping: not alphanumeric → _, upper case). */
    public static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * The environment variable (MicroProfile Config's three spellings) or system property ({@code -Dname})
     * that sets the setting and so outranks the database, if any.
     */
    public static Optional<String> deploymentOverride(String key, UnaryOperator<String> environment, UnaryOperator<String> properties) {
        if (properties.apply(key) != null) {
            return Optional.of("-D" + key);
        }
        String underscored = key.replaceAll("[^A-Za-z0-9]", "_");
        for (String variable : new String[] {key, underscored, environmentVariable(key)}) {
            if (environment.apply(variable) != null) {
                return Optional.of(variable);
            }
        }
        return Optional.empty();
    }
}
