package org.energytracking.simulator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the platform listens and whom to log in as. Defaults, then {@code ${DATA_DIR}/endpoints.properties}
 * (written by the platform's launcher), then the environment ({@code ENERGY_EMAIL}, {@code ENERGY_PASSWORD}),
 * then command-line flags; each later source wins.
 */
record Endpoints(String httpUrl, String mqttUrl, String dbUrl, String dbUser, String dbPassword,
                 String email, String password) {

    static final Set<String> FLAGS = Set.of("api", "mqtt", "db-url", "db-user", "db-password", "email", "password");
    static final Endpoints DEFAULTS = new Endpoints("http://127.0.0.1:8080", "tcp://127.0.0.1:1883",
            "jdbc:mariadb://127.0.0.1:3306/energy", "root", "", "admin@energy.local", "");

    /** {@code DATA_DIR} from the environment, else {@code ./data}. */
    static Path dataDir(Map<String, String> env) {
        String dir = env.get("DATA_DIR");
        return Path.of(dir == null || dir.isBlank() ? "data" : dir);
    }

    static Endpoints resolve(Args args, Path dataDir) {
        return resolve(args, dataDir, System.getenv());
    }

    static Endpoints resolve(Args args, Path dataDir, Map<String, String> env) {
        Properties file = new Properties();
        Path path = dataDir.resolve("endpoints.properties");
        if (Files.isRegularFile(path)) {
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return new Endpoints(
                stripSlash(pick(args, "api", file, "http.url", DEFAULTS.httpUrl)),
                pick(args, "mqtt", file, "mqtt.url", DEFAULTS.mqttUrl),
                pick(args, "db-url", file, "db.url", DEFAULTS.dbUrl),
                pick(args, "db-user", file, "db.user", DEFAULTS.dbUser),
                pick(args, "db-password", file, "db.password", DEFAULTS.dbPassword),
                args.string("email").orElseGet(() -> env.getOrDefault("ENERGY_EMAIL",
                        file.getProperty("admin.email", DEFAULTS.email))),
                args.string("password").orElseGet(() -> env.getOrDefault("ENERGY_PASSWORD",
                        file.getProperty("admin.password", DEFAULTS.password))));
    }

    private static String pick(Args args, String flag, Properties file, String key, String fallback) {
        return args.string(flag).orElseGet(() -> file.getProperty(key, fallback));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The API, logged in as the configured user. */
    DeviceApi api() throws IOException, InterruptedException {
        return new DeviceApi(httpUrl).login(email, password);
    }

    @Override
    public String toString() {
        return "Endpoints[http=" + httpUrl + ", mqtt=" + mqttUrl + ", db=" + dbUrl + ", user=" + email + "]";
    }
}
