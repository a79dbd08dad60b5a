package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.junit.jupiter.api.Test;

class BrokerNoiseTest {

    private final BrokerNoise noise = new BrokerNoise();

    @Test
    void aDeniedPublishsStackTraceIsDropped() {
        LogRecord record = new LogRecord(Level.SEVERE, "AMQ834002: Error processing control packet: MqttPublishMessage[...]");
        record.setThrown(new ActiveMQSecurityException("AMQ229032: User: intruder does not have permission='CREATE_ADDRESS'"));
        assertThat(noise.isLoggable(record)).isFalse();
    }

    @Test
    void aRefusedLoginsWarningIsDropped() {
        assertThat(noise.isLoggable(new LogRecord(Level.WARNING,
                "AMQ222216: Security problem while authenticating: AMQ229031: Unable to validate user"))).isFalse();
    }

    @Test
    void otherBrokerErrorsPass() {
        LogRecord record = new LogRecord(Level.SEVERE, "AMQ834002: Error processing control packet");
        record.setThrown(new IllegalStateException("journal full", new RuntimeException()));
        assertThat(noise.isLoggable(record)).isTrue();
        assertThat(noise.isLoggable(new LogRecord(Level.INFO, "AMQ221007: Server is now active"))).isTrue();
    }
}
