package org.energytracking.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Where the running platform answers; written to DATA_DIR/endpoints.properties for the simulator. */
record Endpoints(String httpUrl, String mqttUrl, String dbUrl, String dbUser, String dbPassword, boolean embeddedDb) {

    static Endpoints of(LaunchSettings settings, DatabaseUrl dbUrl) {
        String mqtt = settings.brokerUrl().isPresent() ? "(the external broker's MQTT acceptor)"
                : "tcp://127.0.0.1:" + settings.mqttPort();
        return new Endpoints("http://127.0.0.1:" + settings.httpPort(), mqtt, dbUrl.url(),
                settings.dbUser(), settings.dbPassword(), settings.dbUrl().isEmpty());
    }

    /** Replaces the file in one step: readers polling it during a Payara restart never see it half written. */
    void writeTo(Path file, long payaraPid) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, String.join("\n",
                "http.url=" + httpUrl, "mqtt.url=" + mqttUrl, "db.url=" + dbUrl,
                "db.user=" + dbUser, "db.password=" + dbPassword, "payara.pid=" + payaraPid, ""));
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    String banner(Duration startup, Path serverLog) {
        return String.format("""

                Energy platform ready in %.1f s
                  Portal    %s/
                  API       %s/api/v1   (OpenAPI %s/openapi, health %s/health)
                  MQTT      %s   topic devices/{deviceId}/readings
                  Database  %s%s
                  Log       %s
                Press Ctrl-C to stop.
                """, startup.toMillis() / 1000.0, httpUrl, httpUrl, httpUrl, httpUrl, mqttUrl,
                dbUrl, embeddedDb ? "   (embedded)" : "", serverLog);
    }
}
