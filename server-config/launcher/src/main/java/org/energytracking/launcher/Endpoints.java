package org.energytracking.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Where the running platform answers; written to DATA_DIR/endpoints.properties for the simulator. */
record Endpoints(String httpUrl, String mqttUrl, String dbUrl, String dbUser, String dbPassword, boolean embeddedDb,
                 AdminAccount admin, List<Supervised> instances) {

    static Endpoints of(LaunchSettings settings, DatabaseUrl dbUrl, AdminAccount admin) {
        String mqtt = settings.brokerUrl().isPresent() ? "(the external broker's MQTT acceptor)"
                : "tcp://127.0.0.1:" + settings.mqttPort();
        return new Endpoints("http://127.0.0.1:" + settings.httpPort(), mqtt, dbUrl.url(),
                settings.dbUser(), settings.dbPassword(), settings.dbUrl().isEmpty(), admin, List.of());
    }

    /** The same with another MQTT address (the broker pair's two, comma-separated). */
    Endpoints withMqttUrl(String mqtt) {
        return new Endpoints(httpUrl, mqtt, dbUrl, dbUser, dbPassword, embeddedDb, admin, instances);
    }

    /** The same, naming the deployment group's instances (CLUSTER_INSTANCES) behind {@link #httpUrl}. */
    Endpoints withInstances(List<Supervised> group) {
        return new Endpoints(httpUrl, mqttUrl, dbUrl, dbUser, dbPassword, embeddedDb, admin, group);
    }

    /**
     * Replaces the file in one step: readers polling it during a Payara restart never see it half written.
     * It holds passwords (database, administrator), so only its owner may read it.
     */
    void writeTo(Path file, long payaraPid) throws IOException {
        Secrets.writeOwnerOnly(file, String.join("\n",
                "http.url=" + httpUrl, "mqtt.url=" + mqttUrl, "db.url=" + dbUrl,
                "db.user=" + property(dbUser), "db.password=" + property(dbPassword), "payara.pid=" + payaraPid,
                "admin.email=" + property(admin.email()), "admin.password=" + property(admin.password()), instanceLines()));
    }

    /** instance.N.url and instance.N.pid (1-based) for each instance of a deployment group; nothing otherwise. */
    private String instanceLines() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= instances.size(); i++) {
            Supervised instance = instances.get(i - 1);
            Process process = instance.server().process();
            lines.append("instance.").append(i).append(".url=").append(instance.baseUrl()).append('\n')
                    .append("instance.").append(i).append(".pid=").append(process == null ? -1 : process.pid()).append('\n');
        }
        return lines.toString();
    }

    /** A value as java.util.Properties reads it back: backslashes, line breaks and leading blanks escaped. */
    static String property(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }

    String banner(Duration startup, Path serverLog) {
        return String.format("""

                Energy platform ready in %.1f s
                  Portal    %s/
                  API       %s/api/v1   (docs %s/api-docs/, health %s/health)
                  MQTT      %s   topic devices/{deviceId}/readings
                  Database  %s%s
                  Admin     %s   (%s)
                  Log       %s
                Press Ctrl-C to stop.
                """, startup.toMillis() / 1000.0, httpUrl, httpUrl, httpUrl, httpUrl, mqttUrl,
                dbUrl, embeddedDb ? "   (embedded)" : "", admin.email(), admin.passwordSource(), serverLog);
    }
}
