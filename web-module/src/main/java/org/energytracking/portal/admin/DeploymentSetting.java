package org.energytracking.portal.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * A setting the deployment chooses, as the system page shows it: its effective value and the
 * environment variable that changes it (MicroProfile Config's mapping: not alphanumeric → _, upper case).
 */
public record DeploymentSetting(String name, String value, String environmentVariable) implements Serializable {

    static final List<String> SHOWN = List.of("retention.months", "partitions.months-ahead",
            "smtp.host", "smtp.port", "smtp.starttls", "smtp.user", "mail.from", "public.url", "auth.invitation-ttl",
            "ratelimit.address.per-minute", "ratelimit.user.per-minute", "ratelimit.auth.per-minute", "ratelimit.max-keys",
            "metering.rollup-batch", "metering.rollup-span-days", "metering.counter-reach",
            "writer.max-batch-readings", "writer.retry-window-seconds");

    /** The settings of the list with their values; a secret never reaches the page whatever the list says. */
    static List<DeploymentSetting> of(Config config) {
        return SHOWN.stream().filter(name -> !isSecret(name))
                .map(name -> new DeploymentSetting(name, config.getOptionalValue(name, String.class).orElse(null),
                        environmentVariable(name)))
                .toList();
    }

    static String environmentVariable(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("key") && !lower.contains("keys");
    }
}
