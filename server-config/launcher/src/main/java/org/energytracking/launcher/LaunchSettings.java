package org.energytracking.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher reads from the environment. Every port it opens derives from {@code HTTP_PORT}
 * (Payara's port base is HTTP_PORT - 80, as in {@code asadmin create-domain --portbase}), so a second
 * instance with another HTTP_PORT and MQTT_PORT starts beside the first without clashes.
 */
public record LaunchSettings(
        Path dataDir,
        int httpPort,
        int portBase,
        String mqttHost,
        int mqttPort,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        Optional<String> brokerUrl,
        Optional<String> brokerUser,
        Optional<String> brokerPassword,
        boolean mqttAllowAnonymous,
        String adminEmail,
        Optional<String> adminPassword,
        String payaraHeap,
        int brokerReportSeconds) {

    static final int PAYARA_HTTP_OFFSET = 80;
    static final int BROKER_CORE_OFFSET = 61;

    public static LaunchSettings from(Map<String, String> env) {
        int httpPort = intSetting(env, "HTTP_PORT", 8080);
        int portBase = intSetting(env, "PORT_BASE", httpPort - PAYARA_HTTP_OFFSET);
        if (portBase + PAYARA_HTTP_OFFSET != httpPort) {
            throw new IllegalArgumentException("PORT_BASE + 80 must equal HTTP_PORT; set only HTTP_PORT");
        }
        return new LaunchSettings(
                Path.of(env.getOrDefault("DATA_DIR", "data")).toAbsolutePath().normalize(),
                httpPort,
                portBase,
                env.getOrDefault("MQTT_HOST", "0.0.0.0"),
                intSetting(env, "MQTT_PORT", 1883),
                nonBlank(env.get("DB_URL")),
                env.getOrDefault("DB_USER", "root"),
                env.getOrDefault("DB_PASSWORD", ""),
                nonBlank(env.get("BROKER_URL")),
                nonBlank(env.get("BROKER_USER")),
                nonBlank(env.get("BROKER_PASSWORD")),
                booleanSetting(env, "MQTT_ALLOW_ANONYMOUS"),
                nonBlank(env.get("ADMIN_EMAIL")).orElse("admin@energy.local"),
                nonBlank(env.get("ADMIN_PASSWORD")),
                env.getOrDefault("PAYARA_HEAP", "1g"),
                intSetting(env, "BROKER_SECURITY_REPORT_SECONDS", 60));
    }

    /** The broker's CORE acceptor, which the resource adapter connects to. */
    public int brokerCorePort() {
        return portBase + BROKER_CORE_OFFSET;
    }

    public String brokerHost() {
        return brokerUrl.map(url -> BrokerAddress.parse(url).host()).orElse("127.0.0.1");
    }

    public int brokerPort() {
        return brokerUrl.map(url -> BrokerAddress.parse(url).port()).orElse(brokerCorePort());
    }

    static int intSetting(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }

    static boolean booleanSetting(Map<String, String> env, String name) {
        String value = nonBlank(env.get(name)).orElse("false");
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
