package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.devices.entity.DeviceRoute;
import org.energytracking.devices.entity.KeyMapping;
import org.energytracking.ingest.entity.BrokerTopic;
import org.energytracking.ingest.entity.Reading;

/** Runs one MQTT message of a device family through the adapters, as the intake does. */
final class FamilyFixtures {

    static final FamilyAdapters ADAPTERS = new FamilyAdapters(IngestFixtures.DEFAULTS, IngestFixtures.CLOCK, Duration.ofSeconds(10));

    private FamilyFixtures() {
    }

    static AdaptedMessage adapt(DeviceProtocol family, String topic, String payload, ZoneId zone, KeyMapping keys) {
        BrokerTopic parsed = BrokerTopic.of(topic, IngestFixtures.DEVICE);
        if (parsed == null || parsed.family() != family) {
            throw new AssertionError(topic + " is not a " + family.key() + " topic: " + parsed);
        }
        return ADAPTERS.adapt(parsed, new DeviceRoute(1, family, zone, keys), IngestFixtures.utf8(payload), IngestFixtures.RECEIVED_AT);
    }

    static AdaptedMessage adapt(DeviceProtocol family, String topic, String payload) {
        return adapt(family, topic, payload, ZoneId.of("UTC"), KeyMapping.NONE);
    }

    /** The one reading of the device itself that the message holds, none refused. */
    static Reading only(AdaptedMessage message) {
        assertThat(message.parsed().rejections()).isEmpty();
        assertThat(message.parsed().readings()).hasSize(1);
        return message.parsed().readings().get(0);
    }
}
