package org.energytracking.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.devices.control.DeviceAvailability;
import org.energytracking.devices.control.DeviceDirectory;
import org.energytracking.devices.entity.AccessToken;
import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.devices.entity.DeviceRoute;
import org.energytracking.ingest.entity.BrokerTopic;
import org.energytracking.ingest.entity.DeviceTopic;
import org.energytracking.ingest.entity.InboundMessage;
import org.energytracking.kernel.Problem;
import org.energytracking.settings.entity.EditableSetting;

/**
 * Every way readings come in (MQTT, HTTP JSON, CSV) ends here: validate, store the valid readings
 * through the group-commit writer, and record what was refused with its reason.
 */
@ApplicationScoped
public class ReadingIntake {

    // retention changes at runtime: read at use time (EditableSetting.wholeNumber)
    @Inject
    Config config;
    @Inject
    DeviceDirectory directory;
    @Inject
    ReadingWriter writer;
    @Inject
    RejectedMessages rejectedMessages;
    @Inject
    IngestMetrics metrics;
    @Inject
    @ConfigProperty(name = "ingest.max-payload-bytes")
    int maxPayloadBytes;
    @Inject
    @ConfigProperty(name = "ingest.max-readings-per-message")
    int maxReadingsPerMessage;
    @Inject
    @ConfigProperty(name = "ingest.max-clock-skew")
    String maxClockSkew;
    @Inject
    @ConfigProperty(name = "ingest.shelly-gen1.merge-window")
    String gen1MergeWindow;
    @Inject
    DeviceAvailability availability;

    private volatile Parsers parsers;

    /** The parsers for the retention administrators last chose (it changes at runtime). */
    private record Parsers(int retentionMonths, PayloadParser json, CsvReadingParser csv, FamilyAdapters families) {
    }

    private Parsers parsers() {
        int retention = EditableSetting.RETENTION_MONTHS.wholeNumber(config);
        Parsers current = parsers;
        if (current == null || current.retentionMonths() != retention) {
            ReadingLimits limits = new ReadingLimits(maxPayloadBytes, maxReadingsPerMessage, Duration.parse(maxClockSkew), retention);
            FamilyAdapters families = new FamilyAdapters(limits, Clock.systemUTC(), Duration.parse(gen1MergeWindow));
            current = new Parsers(retention, families.json(), new CsvReadingParser(limits, Clock.systemUTC()), families);
            parsers = current;
        }
        return current;
    }

    public int maxPayloadBytes() {
        return maxPayloadBytes;
    }

    /**
     * A message from the broker; {@code payloadBytes} is its full size even when only an excerpt was read.
     * {@code publisher} is the broker's authenticated user (null when the broker does not say): it names
     * the device of a ThingsBoard topic, which carries no id, and must own any other family's topic.
     */
    public void fromBroker(String address, String publisher, byte[] payload, long payloadBytes, long receivedAtMs)
            throws InterruptedException {
        String mqttTopic = DeviceTopic.mqttTopicOf(address);
        BrokerTopic topic = BrokerTopic.of(mqttTopic, publisher);
        InboundMessage message = new InboundMessage(InboundMessage.MQTT, mqttTopic, topic == null ? null : topic.deviceId(),
                payload, receivedAtMs);
        if (topic == null) {
            rejectedMessages.record(message, RejectionKind.BAD_TOPIC, BrokerTopics.UNKNOWN_TOPIC);
        } else if (topic.deviceId() == null) {
            return; // shellies/announce: a Gen1 device saying hello
        } else if (topic.family() != DeviceProtocol.NATIVE && publisher != null && !publisher.equals(topic.deviceId())) {
            rejectedMessages.record(message, RejectionKind.BAD_TOPIC, "published by " + publisher + " under the topic of " + topic.deviceId());
        } else if (payloadBytes > maxPayloadBytes) {
            rejectedMessages.record(message, RejectionKind.BAD_PAYLOAD,
                    "payload of " + payloadBytes + " bytes exceeds the limit of " + maxPayloadBytes + " bytes");
        } else {
            Optional<DeviceRoute> route = route(topic.deviceId());
            if (route.isEmpty()) {
                rejectedMessages.record(message, RejectionKind.UNKNOWN_DEVICE,
                        "unknown device " + topic.deviceId() + ": register it first (POST /api/v1/devices)");
            } else if (route.get().protocol() != topic.family()) {
                rejectedMessages.record(message, RejectionKind.BAD_TOPIC, BrokerTopics.wrongFamily(topic, route.get().protocol()));
            } else {
                adapted(message, route.get(), parsers().families().adapt(topic, route.get(), payload, receivedAtMs));
            }
        }
    }

    private void adapted(InboundMessage message, DeviceRoute route, AdaptedMessage adapted) throws InterruptedException {
        if (adapted.online() != null) {
            try {
                availability.reported(route.rowId(), adapted.online());
            } catch (SQLException e) {
                throw new StorageUnavailableException("database unavailable: " + e.getMessage(), e);
            }
        }
        for (var channel : adapted.channels().entrySet()) {
            ParseResult parsed = channel.getValue();
            if (!parsed.readings().isEmpty() || parsed.hasRejections()) {
                store(message, channel.getKey().isEmpty() ? route.rowId() : channelRowId(message.deviceId(), channel.getKey()), parsed);
            }
        }
    }

    public IntakeResult fromHttpJson(String deviceId, byte[] body, long receivedAtMs) throws InterruptedException {
        InboundMessage message = httpMessage(deviceId, body, receivedAtMs);
        return store(message, knownDevice(deviceId), parsers().json().parseJson(deviceId, body, receivedAtMs));
    }

    public IntakeResult fromHttpCsv(String deviceId, byte[] body, long receivedAtMs) throws InterruptedException {
        InboundMessage message = httpMessage(deviceId, body, receivedAtMs);
        long device = knownDevice(deviceId);
        return store(message, device, parsers().csv().parse(deviceId, new String(body, StandardCharsets.UTF_8), receivedAtMs));
    }

    /** ThingsBoard's HTTP telemetry call: the access token in the path is the device's credentials. */
    public IntakeResult fromAccessToken(String token, byte[] body, long receivedAtMs) throws InterruptedException {
        AccessToken credentials = AccessToken.parse(token).filter(this::valid)
                .orElseThrow(() -> Problem.unauthenticated("unknown or outdated access token"));
        DeviceRoute route = route(credentials.deviceId()).orElseThrow(() -> Problem.unauthenticated("unknown access token"));
        InboundMessage message = new InboundMessage(InboundMessage.HTTP, "POST /api/v1/{access token}/telemetry",
                credentials.deviceId(), body, receivedAtMs);
        return store(message, route.rowId(), parsers().json().parseJson(credentials.deviceId(), body, receivedAtMs, route.keyMapping()));
    }

    private boolean valid(AccessToken token) {
        try {
            return directory.acceptsSecret(token.deviceId(), token.secret());
        } catch (SQLException e) {
            throw new StorageUnavailableException("database unavailable: " + e.getMessage(), e);
        }
    }

    private IntakeResult store(InboundMessage message, long deviceRowId, ParseResult parsed) throws InterruptedException {
        List<Rejection> rejections = new ArrayList<>(parsed.rejections());
        int accepted = parsed.readings().size();
        RejectionKind kind = rejections.stream().anyMatch(r -> r.index() < 0) ? RejectionKind.BAD_PAYLOAD : RejectionKind.BAD_READINGS;
        try {
            writer.write(deviceRowId, parsed.readings());
        } catch (UnstorableReadingsException e) {
            rejections.add(new Rejection(-1, e.getMessage()));
            accepted = 0;
            kind = RejectionKind.UNSTORABLE;
        }
        metrics.accepted(message.source(), accepted);
        if (!rejections.isEmpty()) {
            metrics.rejectedReadings(message.source(), (int) rejections.stream().filter(r -> r.index() >= 0).count());
            rejectedMessages.record(message, kind, RejectedMessages.describe(rejections));
        }
        return new IntakeResult(accepted, List.copyOf(rejections));
    }

    private InboundMessage httpMessage(String deviceId, byte[] body, long receivedAtMs) {
        return new InboundMessage(InboundMessage.HTTP, "POST /api/v1/devices/" + deviceId + "/readings", deviceId, body, receivedAtMs);
    }

    private long knownDevice(String deviceId) {
        return rowId(deviceId).orElseThrow(() -> Problem.notFound("no device " + deviceId));
    }

    private Optional<DeviceRoute> route(String deviceId) {
        try {
            return directory.route(deviceId);
        } catch (SQLException e) {
            throw new StorageUnavailableException("database unavailable: " + e.getMessage(), e);
        }
    }

    private long channelRowId(String deviceId, String channel) {
        try {
            return directory.channelRowId(deviceId, channel);
        } catch (SQLException e) {
            throw new StorageUnavailableException("database unavailable: " + e.getMessage(), e);
        }
    }

    private OptionalLong rowId(String deviceId) {
        try {
            return directory.rowId(deviceId);
        } catch (SQLException e) {
            throw new StorageUnavailableException("database unavailable: " + e.getMessage(), e);
        }
    }
}
