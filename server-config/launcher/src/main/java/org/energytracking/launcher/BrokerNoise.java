package org.energytracking.launcher;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;

/**
 * Artemis logs each refused login (AMQ222216, a warning) and each denied publish (AMQ834002, SEVERE with a
 * stack trace). A misbehaving device repeats those many times a second; {@link BrokerRefusals} reports them
 * per client once a minute instead, so these records are dropped. Other broker records pass.
 */
final class BrokerNoise implements Filter {

    // held here: a logger that nothing references can be collected, and its filter with it
    private static final Logger MQTT = Logger.getLogger("org.apache.activemq.artemis.core.protocol.mqtt");
    private static final Logger SERVER = Logger.getLogger("org.apache.activemq.artemis.core.server");

    static void install() {
        MQTT.setFilter(new BrokerNoise());
        SERVER.setFilter(new BrokerNoise());
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        return !message.startsWith("AMQ222216") && !causedBySecurity(record.getThrown());
    }

    private static boolean causedBySecurity(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ActiveMQSecurityException) {
                return true;
            }
        }
        return false;
    }
}
