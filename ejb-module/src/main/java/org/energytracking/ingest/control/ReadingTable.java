package org.energytracking.ingest.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.energytracking.ingest.entity.Reading;

/** The SQL of storing readings: one JDBC batch, idempotent on (device_id, ts), one commit. */
final class ReadingTable {

    // A redelivered message or a re-sent reading updates nothing it already stored; a later
    // reading with the same ts may add fields the first one lacked.
    static final String UPSERT = "INSERT INTO reading (device_id, ts, power_w, voltage_v, current_a, energy_wh, temperature_c)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " power_w = COALESCE(VALUES(power_w), power_w), voltage_v = COALESCE(VALUES(voltage_v), voltage_v),"
            + " current_a = COALESCE(VALUES(current_a), current_a), energy_wh = COALESCE(VALUES(energy_wh), energy_wh),"
            + " temperature_c = COALESCE(VALUES(temperature_c), temperature_c)";
    static final String LAST_SEEN = "UPDATE device SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)";

    private final DataSource dataSource;

    ReadingTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(List<PendingWrite> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                upsertReadings(connection, batch);
                markSeen(connection, batch);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void upsertReadings(Connection connection, List<PendingWrite> batch) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (PendingWrite pending : batch) {
                for (Reading reading : pending.readings) {
                    upsert.setLong(1, pending.deviceRowId);
                    upsert.setLong(2, reading.ts());
                    setNullable(upsert, 3, reading.powerW());
                    setNullable(upsert, 4, reading.voltageV());
                    setNullable(upsert, 5, reading.currentA());
                    setNullable(upsert, 6, reading.energyWh());
                    setNullable(upsert, 7, reading.temperatureC());
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        }
    }

    /** In device order, so that two writers never wait on each other's device rows in a cycle. */
    private static void markSeen(Connection connection, List<PendingWrite> batch) throws SQLException {
        TreeSet<Long> devices = new TreeSet<>();
        batch.forEach(pending -> devices.add(pending.deviceRowId));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement seen = connection.prepareStatement(LAST_SEEN)) {
            for (long device : devices) {
                seen.setObject(1, now);
                seen.setLong(2, device);
                seen.setObject(3, now);
                seen.addBatch();
            }
            seen.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
