package org.energytracking.anomalies.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.energytracking.anomalies.entity.HourlyHistory;
import org.energytracking.anomalies.entity.Robust;

/**
 * Recomputes the stored baselines of a chunk of devices (the nightly batch job's writer) in the caller's
 * transaction: one read of the chunk's eight weeks of complete hours and of their unusual hours, one JDBC batch
 * of 48 rows a device (a slot with fewer than 3 values stored with its count: no baseline yet). Plain JDBC: 1,344 hours a device, 10,000 devices a night.
 */
@Stateless
public class BaselineBook {

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    public int recompute(List<Long> deviceRowIds, Instant asOf) {
        if (deviceRowIds.isEmpty()) {
            return 0;
        }
        long end = asOf.toEpochMilli();
        long from = end - HourlyHistory.WINDOW.toMillis();
        String ids = deviceRowIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, ZoneId> zones = zones(connection, ids);
            Map<Long, Map<Long, Double>> hours = new HashMap<>();
            Map<Long, Set<Long>> unusual = new HashMap<>();
            read(connection, "SELECT device_id, start_ts, energy_wh FROM rollup_hour WHERE device_id IN (" + ids + ") AND start_ts >= ? AND start_ts < ?"
                    + " AND known_ms >= " + HourFlags.HOUR_MS, from, end,
                    rows -> hours.computeIfAbsent(rows.getLong(1), d -> new TreeMap<>()).put(rows.getLong(2), rows.getDouble(3)));
            read(connection, "SELECT device_id, hour_start_ts, 0 FROM anomaly_hour WHERE device_id IN (" + ids + ") AND hour_start_ts >= ? AND hour_start_ts < ?",
                    from, end, rows -> unusual.computeIfAbsent(rows.getLong(1), d -> new HashSet<>()).add(rows.getLong(2)));
            // every slot of every device is written over, never deleted: a DELETE's gap locks deadlocked two partitions
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO anomaly_baseline (device_id, slot, median_wh, mad_wh, samples,"
                    + " computed_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE median_wh = VALUES(median_wh), mad_wh = VALUES(mad_wh),"
                    + " samples = VALUES(samples), computed_at = VALUES(computed_at)")) {
                Timestamp computedAt = Timestamp.valueOf(asOf.atOffset(ZoneOffset.UTC).toLocalDateTime());
                for (Map.Entry<Long, ZoneId> device : zones.entrySet()) {
                    HourlyHistory history = new HourlyHistory(device.getValue(), hours.getOrDefault(device.getKey(), Map.of()));
                    for (Map.Entry<Integer, Robust> slot : history.profile(end, unusual.getOrDefault(device.getKey(), Collections.emptySet())).entrySet()) {
                        insert.setLong(1, device.getKey());
                        insert.setInt(2, slot.getKey());
                        insert.setDouble(3, slot.getValue().median());
                        insert.setDouble(4, slot.getValue().mad());
                        insert.setInt(5, slot.getValue().samples());
                        insert.setTimestamp(6, computedAt);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return zones.size();
        } catch (SQLException e) {
            throw new IllegalStateException("could not recompute baselines: " + e.getMessage(), e);
        }
    }

    private static Map<Long, ZoneId> zones(Connection connection, String ids) throws SQLException {
        Map<Long, ZoneId> zones = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, timezone FROM device WHERE id IN (" + ids + ")");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String zone = rows.getString(2);
                zones.put(rows.getLong(1), ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone));
            }
        }
        return zones;
    }

    private interface Row {
        void take(ResultSet rows) throws SQLException;
    }

    private static void read(Connection connection, String sql, long from, long to, Row row) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, from);
            select.setLong(2, to);
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    row.take(rows);
                }
            }
        }
    }
}
