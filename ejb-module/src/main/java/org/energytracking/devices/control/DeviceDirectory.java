package org.energytracking.devices.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Resolves a device id from a topic to the device's row id on the ingest path without a query per
 * message. Unknown ids are remembered briefly, so a flood of them costs one query each per second
 * while a device registered a moment ago is found almost at once.
 */
@ApplicationScoped
public class DeviceDirectory {

    private static final long UNKNOWN_TTL_NANOS = 1_000_000_000L;
    private static final int MAX_UNKNOWN = 10_000;

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    private final Map<String, Long> known = new ConcurrentHashMap<>();
    private final Map<String, Long> unknownSince = new ConcurrentHashMap<>();

    public OptionalLong rowId(String deviceId) throws SQLException {
        Long id = known.get(deviceId);
        if (id != null) {
            return OptionalLong.of(id);
        }
        Long since = unknownSince.get(deviceId);
        if (since != null && System.nanoTime() - since < UNKNOWN_TTL_NANOS) {
            return OptionalLong.empty();
        }
        OptionalLong found = query(deviceId);
        if (found.isPresent()) {
            known.put(deviceId, found.getAsLong());
            unknownSince.remove(deviceId);
        } else {
            if (unknownSince.size() >= MAX_UNKNOWN) {
                unknownSince.clear();
            }
            unknownSince.put(deviceId, System.nanoTime());
        }
        return found;
    }

    public void registered(String deviceId, long rowId) {
        unknownSince.remove(deviceId);
        known.put(deviceId, rowId);
    }

    public void forget(String deviceId) {
        known.remove(deviceId);
    }

    private OptionalLong query(String deviceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM device WHERE device_id = ?")) {
            select.setString(1, deviceId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
