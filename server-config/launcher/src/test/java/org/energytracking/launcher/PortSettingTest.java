package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortSettingTest {

    @Test
    void aTakenBrokerCorePortNamesTheVariableThatMovesIt() {
        assertThat(PortSetting.BROKER_CORE.inUse(8061)).isEqualTo(
                "port 8061 (the broker's CORE port, HTTP_PORT - 19) is already in use; choose another with HTTP_PORT=... (it moves with it)");
    }

    @Test
    void aTakenMqttPortNamesItsOwnVariable() {
        assertThat(PortSetting.MQTT.inUse(1883)).isEqualTo("port 1883 (MQTT_PORT) is already in use; choose another with MQTT_PORT=...");
    }
}
