package org.energytracking.ingest.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceTopicTest {

    @Test
    void deviceIdIsTheMiddleLevelOfAReadingsAddress() {
        assertThat(DeviceTopic.deviceIdOf("devices.plug-1.readings")).isEqualTo("plug-1");
    }

    @Test
    void addressesThatAreNotReadingsTopicsHaveNoDeviceId() {
        assertThat(DeviceTopic.deviceIdOf("devices..readings")).isNull();
        assertThat(DeviceTopic.deviceIdOf("devices.a.b.readings")).isNull();
        assertThat(DeviceTopic.deviceIdOf("devices.a\\.b.readings")).isNull();
        assertThat(DeviceTopic.deviceIdOf("devices.x y.readings")).isNull();
        assertThat(DeviceTopic.deviceIdOf("devices.plug-1.status")).isNull();
        assertThat(DeviceTopic.deviceIdOf("tele.plug-1.readings")).isNull();
    }

    @Test
    void mqttTopicIsRebuiltFromTheAddressIncludingEscapedDots() {
        assertThat(DeviceTopic.mqttTopicOf("devices.plug-1.readings")).isEqualTo("devices/plug-1/readings");
        assertThat(DeviceTopic.mqttTopicOf("devices.a\\.b.readings")).isEqualTo("devices/a.b/readings");
    }
}
