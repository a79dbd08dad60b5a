package org.energytracking.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.devices.control.DeviceDirectory;
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

    private volatile Parsers parsers;

    /** The parsers for the retention administrators last chose (it changes at runtime). */
    private record Parsers(int retentionMonths, PayloadParser json, CsvReadingParser csv) {
    }

    private Parsers parsers() {
        int retention = EditableSetting.RETENTION_MONTHS.wholeNumber(config);
        Parsers current = parsers;
        if (current == null || current.retentionMonths() != retention) {
            ReadingLimits limits = new ReadingLimits(maxPayloadBytes, maxReadingsPerMessage, Duration.parse(maxClockSkew), retention);
            current = new Parsers(retention, new PayloadParser(limits, Clock.systemUTC()), new CsvReadingParser(limits, Clock.systemUTC()));
            parsers = current;
        }
        return current;
    }

    public int maxPayloadBytes() {
        return maxPayloadBytes;
    }

    /** A message from the broker; {@code payloadBytes} is its full size even when only an excerpt was read. */
    public void fromBroker(String address, byte[] payload, long payloadBytes, long receivedAtMs) throws InterruptedException {
        String deviceId = DeviceTopic.deviceIdOf(address);
        InboundMessage message = new InboundMessage(InboundMessage.MQTT, DeviceTopic.mqttTopicOf(address),
                deviceId, payload, receivedAtMs);
        if (deviceId == null) {
            rejectedMessages.record(message, RejectionKind.BAD_TOPIC,
                    "topic must be devices/{deviceId}/readings, with deviceId made of letters, digits, '-' or '_'");
        } else if (payloadBytes > maxPayloadBytes) {
            rejectedMessages.record(message, RejectionKind.BAD_PAYLOAD,
                    "payload of " + payloadBytes + " bytes exceeds the limit of " + maxPayloadBytes + " bytes");
        } else {
            OptionalLong device = rowId(deviceId);
            if (device.isEmpty()) {
                rejectedMessages.record(message, RejectionKind.UNKNOWN_DEVICE,
                        "unknown device " + deviceId + ": register it first (POST /api/v1/devices)");
            } else {
                store(message, device.getAsLong(), parsers().json().parseJson(deviceId, payload, receivedAtMs));
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

    private OptionalLong rowId(String deviceId) {
        try {
            return directory.rowId(deviceId);
        } catch (SQLException e) {
            throw new StorageUnavailableException("database unavailable: " + e.getMessage(), e);
        }
    }
}
