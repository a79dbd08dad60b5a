package org.energytracking.devices.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceProtocolTest {

    @Test
    void aShellysFurtherRelaysAndTheirExportAddToTheSiteButPhasesAndTasmotasElementsDoNot() {
        assertThat(DeviceProtocol.SHELLY_GEN2.addsToSite("1")).isTrue();
        assertThat(DeviceProtocol.SHELLY_GEN1.addsToSite("export2")).isTrue();
        assertThat(DeviceProtocol.SHELLY_GEN2.addsToSite("a")).isFalse();
        assertThat(DeviceProtocol.SHELLY_GEN2.addsToSite("exporta")).isFalse();
        assertThat(DeviceProtocol.SHELLY_GEN2.addsToSite("export")).isFalse();
        assertThat(DeviceProtocol.TASMOTA.addsToSite("1")).isFalse();
    }
}
