package org.energytracking.devices.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.energytracking.kernel.Problem;
import org.junit.jupiter.api.Test;

class KeyMappingTest {

    @Test
    void mapsDeviceKeysToOurQuantitiesWithAFactorAndPrintsBack() {
        KeyMapping mapping = KeyMapping.parse(" active_power=power ,energy_total_kwh = energy*1000\n");
        assertThat(mapping.of("active_power")).contains(new KeyMapping.Target("power", 1));
        assertThat(mapping.of("energy_total_kwh")).contains(new KeyMapping.Target("energy", 1000));
        assertThat(mapping.of("power")).isEmpty();
        assertThat(KeyMapping.parse(mapping.text())).isEqualTo(mapping);
    }

    @Test
    void blankIsNoMappingAndUnknownQuantitiesOrFactorsAreRefusedNamingTheField() {
        assertThat(KeyMapping.parse("  ")).isEqualTo(KeyMapping.NONE);
        assertThatThrownBy(() -> KeyMapping.parse("x=speed")).isInstanceOf(Problem.class).hasMessageContaining("key_mapping");
        assertThatThrownBy(() -> KeyMapping.parse("x=power*0")).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> KeyMapping.parse("x")).isInstanceOf(Problem.class);
    }

    @Test
    void accessTokenSplitsAtTheFirstDot() {
        assertThat(AccessToken.parse(AccessToken.of("plug-1", "s3cr.et"))).contains(new AccessToken("plug-1", "s3cr.et"));
        assertThat(AccessToken.parse("no-dot")).isEmpty();
        assertThat(AccessToken.parse("bad id.x")).isEmpty();
    }

    @Test
    void aChannelIdIsADeviceIdAColonAndALowerCaseChannel() {
        assertThat(Device.isValidReference(Device.channelId("pro3em-1", Device.EXPORT_CHANNEL))).isTrue();
        assertThat(Device.isValidReference("pro3em-1:a")).isTrue();
        assertThat(Device.isValidReference("pro3em-1")).isTrue();
        assertThat(Device.isValidReference("pro3em-1:")).isFalse();
        assertThat(Device.isValidReference("pro3em-1:A/b")).isFalse();
        assertThat(Device.isValidId("pro3em-1:a")).as("never registrable").isFalse();
    }
}
