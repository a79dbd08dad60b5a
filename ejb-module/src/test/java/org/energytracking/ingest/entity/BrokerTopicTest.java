package org.energytracking.ingest.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.energytracking.devices.entity.DeviceProtocol;
import org.junit.jupiter.api.Test;

class BrokerTopicTest {

    @Test
    void eachFamilysTopicNamesItsDevice() {
        assertThat(BrokerTopic.of("devices/p1/readings", null)).isEqualTo(new BrokerTopic(DeviceProtocol.NATIVE, "p1", List.of("readings")));
        assertThat(BrokerTopic.of("tele/p1/SENSOR", null)).isEqualTo(new BrokerTopic(DeviceProtocol.TASMOTA, "p1", List.of("SENSOR")));
        assertThat(BrokerTopic.of("shellies/p1/relay/0/power", null))
                .isEqualTo(new BrokerTopic(DeviceProtocol.SHELLY_GEN1, "p1", List.of("relay", "0", "power")));
        assertThat(BrokerTopic.of("p1/status/switch:0", null))
                .isEqualTo(new BrokerTopic(DeviceProtocol.SHELLY_GEN2, "p1", List.of("status", "switch:0")));
    }

    @Test
    void thingsBoardsDeviceIsThePublisher() {
        assertThat(BrokerTopic.of("v1/devices/me/telemetry", "tb-1")).isEqualTo(new BrokerTopic(DeviceProtocol.THINGSBOARD, "tb-1", List.of()));
        assertThat(BrokerTopic.of("v1/devices/me/telemetry", null)).isNull();
    }

    @Test
    void otherTopicsAndInvalidIdsAreNoFamilys() {
        assertThat(BrokerTopic.of("devices/p1/status", null)).isNull();
        assertThat(BrokerTopic.of("tele/p1/x/SENSOR", null)).isNull();
        assertThat(BrokerTopic.of("tele/p.1/SENSOR", null)).isNull();
        assertThat(BrokerTopic.of("v1/devices/other", null)).isNull();
        assertThat(BrokerTopic.of("lonely", null)).isNull();
        assertThat(BrokerTopic.of("shellies/announce", null).deviceId()).isNull();
    }
}
