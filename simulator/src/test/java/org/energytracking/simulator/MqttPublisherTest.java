package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MqttPublisherTest {

    @Test
    void oneBrokerIsOneAddress() {
        assertThat(MqttPublisher.serverUris("tcp://127.0.0.1:1883")).containsExactly("tcp://127.0.0.1:1883");
    }

    @Test
    void aBrokerPairIsBothAddressesInTheirOrder() {
        assertThat(MqttPublisher.serverUris("tcp://127.0.0.1:1883, tcp://127.0.0.1:1884,"))
                .containsExactly("tcp://127.0.0.1:1883", "tcp://127.0.0.1:1884");
    }
}
