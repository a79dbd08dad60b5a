package org.energytracking.devices.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelIdsTest {

    @Test
    void aDevicesExportIsItsExportChannelAndAChannelsExportIsNamedAfterTheChannel() {
        assertThat(Device.exportIdOf("plug-1")).isEqualTo("plug-1:export");
        assertThat(Device.exportIdOf("pro3em:a")).isEqualTo("pro3em:exporta");
        assertThat(Device.exportIdOf("plus2pm:1")).isEqualTo("plus2pm:export1");
    }

    @Test
    void exportChannelIdsAreValidChannelIdsThatNoOneCanRegister() {
        assertThat(Device.isValidReference(Device.exportIdOf("pro3em:a"))).isTrue();
        assertThat(Device.isValidId(Device.exportIdOf("pro3em:a"))).isFalse();
    }
}
