package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.core.security.CheckType;
import org.junit.jupiter.api.Test;

class BrokerRoleTest {

    @Test
    void deviceMayPublishAndSubscribeOnlyUnderItsOwnTopics() {
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "devices.plug-1.readings")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.CREATE_ADDRESS, "devices.plug-1.readings")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.CREATE_NON_DURABLE_QUEUE, "devices.plug-1.#")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.CONSUME, "devices.plug-1.#::plug-1.devices.plug-1.#")).isTrue();
    }

    @Test
    void deviceMayNotTouchAnotherDeviceNorItsPrefixNorWildcardsAboveItself() {
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "devices.plug-2.readings")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "devices.plug-10.readings")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "devices.plug-1")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.CONSUME, "devices.*.readings")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.CONSUME, "devices.#")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "other.plug-1.readings")).isFalse();
    }

    @Test
    void deviceMayNotManageNorDeleteAddresses() {
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.MANAGE, "devices.plug-1.readings")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.DELETE_ADDRESS, "devices.plug-1.readings")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "activemq.management")).isFalse();
    }

    @Test
    void anonymousClientMayOnlyPublishReadingsOfAnyDevice() {
        assertThat(BrokerRole.ANONYMOUS.allows("anonymous", CheckType.SEND, "devices.plug-9.readings")).isTrue();
        assertThat(BrokerRole.ANONYMOUS.allows("anonymous", CheckType.CREATE_ADDRESS, "devices.plug-9.readings")).isTrue();
        assertThat(BrokerRole.ANONYMOUS.allows("anonymous", CheckType.CONSUME, "devices.plug-9.readings")).isFalse();
        assertThat(BrokerRole.ANONYMOUS.allows("anonymous", CheckType.SEND, "DLA")).isFalse();
    }

    @Test
    void platformMayDoEverything() {
        assertThat(BrokerRole.PLATFORM.allows(BrokerSecurity.PLATFORM_USER, CheckType.CONSUME, "devices.#")).isTrue();
        assertThat(BrokerRole.PLATFORM.allows(BrokerSecurity.PLATFORM_USER, CheckType.MANAGE, "activemq.management")).isTrue();
    }

    @Test
    void deviceOwnsItsIdInEveryFamilysLayout() {
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "tele.plug-1.SENSOR")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "stat.plug-1.RESULT")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.CONSUME, "cmnd.plug-1.#")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "shellies.plug-1.relay.0.power")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "plug-1.status.switch:0")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "plug-1.events.rpc")).isTrue();
    }

    @Test
    void deviceMayNotPublishUnderAnotherIdInAnyFamily() {
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "tele.plug-2.SENSOR")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "shellies.plug-2.relay.0.energy")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "plug-2.status.switch:0")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("tele", CheckType.SEND, "tele.plug-2.SENSOR")).as("a reserved first level").isFalse();
    }

    @Test
    void sharedTopicsOfFirmwareMayOnlyBePublished() {
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "v1.devices.me.telemetry")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.SEND, "shellies.announce")).isTrue();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.CONSUME, "v1.devices.me.telemetry")).isFalse();
        assertThat(BrokerRole.DEVICE.allows("plug-1", CheckType.CREATE_NON_DURABLE_QUEUE, "v1.devices.me.attributes")).isFalse();
    }
}
