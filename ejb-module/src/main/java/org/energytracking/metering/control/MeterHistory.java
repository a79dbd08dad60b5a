package org.energytracking.metering.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.metering.entity.MeterSample;
import org.energytracking.metering.entity.Replacement;

/**
 * What re-rolling a range needs from the readings: the samples in it, and the nearest reading
 * with a counter and with power on each side, so the intervals that cross its edges are whole.
 */
final class MeterHistory {

    private static final String SAMPLES = "SELECT ts, energy_wh, power_w FROM reading WHERE device_id = ? AND ts >= ? AND ts < ?";

    private final Connection connection;
    private final long deviceRowId;

    MeterHistory(Connection connection, long deviceRowId) {
        this.connection = connection;
        this.deviceRowId = deviceRowId;
    }

    /** Samples in [from, to), plus the neighbours within the reach of each measurand. */
    List<MeterSample> around(long from, long to, long counterReach, long powerReach) throws SQLException {
        List<MeterSample> samples = query(SAMPLES + " ORDER BY ts", from, to);
        samples.addAll(neighbour("energy_wh", false, from, counterReach));
        samples.addAll(neighbour("power_w", false, from, powerReach));
        samples.addAll(neighbour("energy_wh", true, to, counterReach));
        samples.addAll(neighbour("power_w", true, to, powerReach));
        return samples;
    }

    /** Timestamp of the nearest reading before {@code ts} (or at/after it) carrying the column, within reach. */
    Long nearest(String column, boolean after, long ts, long reach) throws SQLException {
        List<MeterSample> found = neighbour(column, after, ts, reach);
        return found.isEmpty() ? null : found.get(0).ts();
    }

    List<Replacement> replacements(long from, long to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT ts, new_wh FROM meter_event"
                + " WHERE device_id = ? AND type = 'replacement' AND ts >= ? AND ts <= ? ORDER BY ts")) {
            select.setLong(1, deviceRowId);
            select.setLong(2, from);
            select.setLong(3, to);
            List<Replacement> replacements = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    replacements.add(new Replacement(row.getLong(1), row.getDouble(2)));
                }
            }
            return replacements;
        }
    }

    // The reach bounds the index scan: a power-only device has no counter reading to find.
    private List<MeterSample> neighbour(String column, boolean after, long ts, long reach) throws SQLException {
        String sql = after
                ? SAMPLES + " AND " + column + " IS NOT NULL ORDER BY ts LIMIT 1"
                : SAMPLES + " AND " + column + " IS NOT NULL ORDER BY ts DESC LIMIT 1";
        return after ? query(sql, ts, ts + reach) : query(sql, ts - reach, ts);
    }

    private List<MeterSample> query(String sql, long from, long to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, deviceRowId);
            select.setLong(2, from);
            select.setLong(3, to);
            List<MeterSample> samples = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    samples.add(new MeterSample(row.getLong(1), nullable(row, 2), nullable(row, 3)));
                }
            }
            return samples;
        }
    }

    private static Double nullable(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
