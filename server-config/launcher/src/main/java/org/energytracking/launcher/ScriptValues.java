package org.energytracking.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The values of the {@code @NAME@} placeholders in server-config's asadmin scripts. */
final class ScriptValues {

    private ScriptValues() {
    }

    static Map<String, String> of(LaunchSettings settings, DatabaseUrl dbUrl, Path home, Optional<BrokerAccount> broker) {
        // A pool with a user but no password fails ("No password credential found"), and asadmin
        // has no empty property value: without a password the account goes into the URL instead.
        boolean noPassword = settings.dbPassword().isEmpty();
        String url = noPassword ? dbUrl.url() + "&user=" + settings.dbUser() : dbUrl.url();
        String credentials = noPassword ? "" : ":user=" + AsadminScript.propertyValue(settings.dbUser())
                + ":password=" + AsadminScript.propertyValue(settings.dbPassword());
        return Map.of(
                "DB_URL", AsadminScript.propertyValue(url),
                "DB_CREDENTIALS", credentials,
                "DB_NAME", dbUrl.databaseName(),
                "BROKER_PARAMS", AsadminScript.propertyValue(
                        "host=" + settings.brokerHost() + ";port=" + settings.brokerPort()),
                "BROKER_CREDENTIALS", broker.map(BrokerAccount::asadminProperties).orElse(""),
                "BROKER_POOL_PROPERTIES", broker.map(account -> " --property " + account.asadminProperties().substring(1)).orElse(""),
                // BrokerPairSettings fills it for BROKER_HA: the second connector and failover
                "BROKER_FAILOVER", "",
                "GATE", home.resolve("deploy/readiness-gate.war").toString(),
                "RAR", home.resolve("deploy/artemis-rar.rar").toString(),
                "EAR", home.resolve("deploy/energy.ear").toString());
    }
}
