package org.energytracking.launcher;

import java.util.Optional;

/**
 * The account the platform's resource adapter logs in to the broker with: for the embedded broker a
 * password generated at each start (the broker and the app server both get it from the launcher); for an
 * external broker BROKER_USER and BROKER_PASSWORD, if its operator requires a login.
 */
record BrokerAccount(String user, String password) {

    static Optional<BrokerAccount> of(LaunchSettings settings) {
        if (settings.brokerUrl().isEmpty()) {
            return Optional.of(new BrokerAccount(BrokerSecurity.PLATFORM_USER, Secrets.random()));
        }
        return settings.brokerUser().map(user -> new BrokerAccount(user, settings.brokerPassword().orElse("")));
    }

    /** The resource adapter's properties, as a continuation of an asadmin {@code --property} list. */
    String asadminProperties() {
        return ":UserName=" + AsadminScript.propertyValue(user) + ":Password=" + AsadminScript.propertyValue(password);
    }

    @Override
    public String toString() {
        return "BrokerAccount[user=" + user + "]";
    }
}
