package org.energytracking.ingest.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.energytracking.devices.entity.Device;
import org.energytracking.devices.entity.DeviceRoute;
import org.energytracking.ingest.entity.BrokerTopic;

/** Reads a message in the family of its topic into our readings and units. Thread-safe; meant to be shared. */
public final class FamilyAdapters {

    private final ReadingLimits limits;
    private final Clock clock;
    private final PayloadParser json;
    private final long gen1MergeWindowMs;

    public FamilyAdapters(ReadingLimits limits, Clock clock, Duration gen1MergeWindow) {
        this.limits = limits;
        this.clock = clock;
        this.json = new PayloadParser(limits, clock);
        this.gen1MergeWindowMs = Math.max(1, gen1MergeWindow.toMillis());
    }

    public PayloadParser json() {
        return json;
    }

    /** Never throws for bad input: problems come back as rejections. */
    public AdaptedMessage adapt(BrokerTopic topic, DeviceRoute route, byte[] payload, long receivedAtMs) {
        switch (topic.family()) {
            case NATIVE:
                return AdaptedMessage.readings(json.parseJson(topic.deviceId(), payload, receivedAtMs));
            case THINGSBOARD:
                return AdaptedMessage.readings(json.parseJson(topic.deviceId(), payload, receivedAtMs, route.keyMapping()));
            default:
                break;
        }
        if (payload.length > limits.maxPayloadBytes()) {
            return AdaptedMessage.rejected("payload of " + payload.length + " bytes exceeds the limit of " + limits.maxPayloadBytes() + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            return AdaptedMessage.rejected("invalid UTF-8");
        }
        Instant now = clock.instant();
        Function<String, ReadingCollector> collectors = channel -> new ReadingCollector(
                channel.isEmpty() ? topic.deviceId() : Device.channelId(topic.deviceId(), channel), receivedAtMs, limits, now);
        try {
            return switch (topic.family()) {
                case TASMOTA -> TasmotaMessages.read(topic.level(0), text, route.zone(), collectors);
                case SHELLY_GEN1 -> ShellyGen1Messages.read(topic.rest(), text, receivedAtMs - Math.floorMod(receivedAtMs, gen1MergeWindowMs), collectors);
                case SHELLY_GEN2 -> ShellyGen2Messages.read(topic.rest(), text, collectors);
                default -> throw new IllegalStateException("no adapter for " + topic.family());
            };
        } catch (PayloadRejectedException e) {
            return AdaptedMessage.rejected(e.getMessage());
        }
    }
}
