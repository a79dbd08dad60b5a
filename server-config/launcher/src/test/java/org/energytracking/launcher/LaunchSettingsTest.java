package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    @Test
    void defaultsAreTheUsersPortsAndEmbeddedServices() {
        LaunchSettings settings = LaunchSettings.from(Map.of());
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.portBase()).isEqualTo(8000);
        assertThat(settings.mqttPort()).isEqualTo(1883);
        assertThat(settings.dbUrl()).isEmpty();
        assertThat(settings.brokerUrl()).isEmpty();
        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void everyPortDerivesFromHttpPortSoASecondInstanceDoesNotClash() {
        LaunchSettings settings = LaunchSettings.from(Map.of("HTTP_PORT", "20080", "MQTT_PORT", "21883"));
        assertThat(settings.portBase()).isEqualTo(20000);
        assertThat(settings.brokerCorePort()).isEqualTo(20061);
        assertThat(settings.brokerHost()).isEqualTo("127.0.0.1");
        assertThat(settings.brokerPort()).isEqualTo(20061);
    }

    @Test
    void externalBrokerAddressComesFromBrokerUrl() {
        LaunchSettings settings = LaunchSettings.from(Map.of("BROKER_URL", "tcp://broker.lan:61617"));
        assertThat(settings.brokerHost()).isEqualTo("broker.lan");
        assertThat(settings.brokerPort()).isEqualTo(61617);
    }

    @Test
    void badPortIsNamedInTheError() {
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MQTT_PORT", "mqtt")))
                .hasMessageContaining("MQTT_PORT");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("HTTP_PORT", "9090", "PORT_BASE", "8000")))
                .hasMessageContaining("PORT_BASE");
    }

    @Test
    void anonymousMqttIsOffUnlessAskedForAndTheAdminHasADefaultEmail() {
        LaunchSettings settings = LaunchSettings.from(Map.of());
        assertThat(settings.mqttAllowAnonymous()).isFalse();
        assertThat(settings.adminEmail()).isEqualTo("admin@energy.local");
        assertThat(settings.adminPassword()).isEmpty();
        assertThat(LaunchSettings.from(Map.of("MQTT_ALLOW_ANONYMOUS", "TRUE")).mqttAllowAnonymous()).isTrue();
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MQTT_ALLOW_ANONYMOUS", "yes")))
                .hasMessageContaining("MQTT_ALLOW_ANONYMOUS");
    }
}
