package org.energytracking.ingest.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.energytracking.ingest.entity.InboundMessage;

/** Stores what was refused, why, and a bounded, printable excerpt of it, in rejected_message. */
@ApplicationScoped
public class RejectedMessages {

    static final int EXCERPT_CHARS = 512;
    static final int REASON_CHARS = 1000;
    private static final Logger LOG = Logger.getLogger(RejectedMessages.class.getName());
    private static final String INSERT = "INSERT INTO rejected_message (received_at, source, topic, device_id, reason, excerpt)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;
    @Inject
    IngestMetrics metrics;

    public void record(InboundMessage message, RejectionKind kind, String reason) {
        metrics.rejectedMessage(message.source(), kind);
        LOG.fine(() -> "Rejected " + message.source() + " message on " + message.topic() + ": " + reason);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, LocalDateTime.ofEpochSecond(message.receivedAtMs() / 1000,
                    (int) (message.receivedAtMs() % 1000) * 1_000_000, ZoneOffset.UTC));
            insert.setString(2, message.source());
            insert.setString(3, bounded(message.topic(), 255));
            insert.setString(4, message.deviceId());
            insert.setString(5, bounded(reason, REASON_CHARS));
            insert.setString(6, excerpt(message.payload()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not record a rejected message: " + e.getMessage(), e);
        }
    }

    /** Joins per-reading reasons into one bounded text: "[3] power: ...; [7] ts: ... (and 12 more)". */
    static String describe(List<Rejection> rejections) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rejections.size(); i++) {
            Rejection rejection = rejections.get(i);
            String next = (rejection.index() >= 0 ? "[" + rejection.index() + "] " : "") + rejection.reason();
            if (text.length() + next.length() > REASON_CHARS - 40) {
                return text.append(" (and ").append(rejections.size() - i).append(" more)").toString();
            }
            text.append(i == 0 ? "" : "; ").append(next);
        }
        return text.toString();
    }

    static String excerpt(byte[] payload) {
        if (payload == null) {
            return null;
        }
        // new String(...) replaces malformed UTF-8 (random bytes, a cut multi-byte character) with U+FFFD
        String text = new String(payload, 0, Math.min(payload.length, EXCERPT_CHARS), StandardCharsets.UTF_8);
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().limit(EXCERPT_CHARS).forEach(c -> printable.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
        return printable.toString();
    }

    private static String bounded(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
