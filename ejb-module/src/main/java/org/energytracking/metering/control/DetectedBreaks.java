package org.energytracking.metering.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.energytracking.metering.entity.CounterBreak;

/**
 * Resets and rollovers found in the readings, kept as meter events so a user can see why a number
 * is what it is. Re-detected on every re-roll: a late reading may turn one drop into another.
 */
final class DetectedBreaks {

    private final Connection connection;
    private final long deviceRowId;

    DetectedBreaks(Connection connection, long deviceRowId) {
        this.connection = connection;
        this.deviceRowId = deviceRowId;
    }

    /** Replaces the detected events in [from, to] (timestamps of the samples the re-roll saw). */
    void replace(long from, long to, List<CounterBreak> breaks) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM meter_event WHERE device_id = ? AND detected AND ts >= ? AND ts <= ?")) {
            delete.setLong(1, deviceRowId);
            delete.setLong(2, from);
            delete.setLong(3, to);
            delete.executeUpdate();
        }
        if (breaks.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO meter_event (device_id, ts, type,"
                + " detected, previous_wh, new_wh, created_at) VALUES (?, ?, ?, TRUE, ?, ?, ?)")) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            for (CounterBreak found : breaks) {
                insert.setLong(1, deviceRowId);
                insert.setLong(2, found.ts());
                insert.setString(3, found.type().apiName());
                insert.setDouble(4, found.previousWh());
                insert.setDouble(5, found.newWh());
                insert.setObject(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
