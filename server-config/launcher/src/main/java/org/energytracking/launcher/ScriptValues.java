package org.energytracking.launcher;

import java.nio.file.Path;
import java.util.Map;

/** The values of the {@code @NAME@} placeholders in server-config's asadmin scripts. */
final class ScriptValues {

    private ScriptValues() {
    }

    static Map<String, String> of(LaunchSettings settings, DatabaseUrl dbUrl, Path home) {
        // asadmin writes an empty property value as ()
        String password = settings.dbPassword().isEmpty() ? ":password=()"
                : ":password=" + AsadminScript.propertyValue(settings.dbPassword());
        return Map.of(
                "DB_URL", AsadminScript.propertyValue(dbUrl.url()),
                "DB_USER", AsadminScript.propertyValue(settings.dbUser()),
                "DB_PASSWORD_PROPERTY", password,
                "DB_NAME", dbUrl.databaseName(),
                "BROKER_PARAMS", AsadminScript.propertyValue(
                        "host=" + settings.brokerHost() + ";port=" + settings.brokerPort()),
                "RAR", home.resolve("deploy/artemis-rar.rar").toString(),
                "EAR", home.resolve("deploy/energy.ear").toString());
    }
}
