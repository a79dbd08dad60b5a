package org.energytracking.ingest.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.energytracking.ingest.control.StorageUnavailableException;
import org.energytracking.ingest.entity.Reading;

/** Stored readings of one device, by time; the ts range prunes the query to the months it spans. */
@Stateless
public class ReadingHistory {

    private static final String COLUMNS = "ts, power_w, voltage_v, current_a, energy_wh, temperature_c,"
            + " power_factor, apparent_power_va, reactive_power_var";

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    public List<Reading> between(long deviceRowId, String deviceId, long fromTs, long toTs, int limit) {
        return query("SELECT " + COLUMNS + " FROM reading WHERE device_id = ? AND ts >= ? AND ts < ? ORDER BY ts LIMIT ?",
                deviceId, deviceRowId, fromTs, toTs, limit);
    }

    public Optional<Reading> latest(long deviceRowId, String deviceId) {
        return query("SELECT " + COLUMNS + " FROM reading WHERE device_id = ? ORDER BY ts DESC LIMIT 1",
                deviceId, deviceRowId).stream().findFirst();
    }

    private List<Reading> query(String sql, String deviceId, long... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setLong(i + 1, parameters[i]);
            }
            List<Reading> readings = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    readings.add(new Reading(deviceId, row.getLong(1), nullable(row, 2), nullable(row, 3),
                            nullable(row, 4), nullable(row, 5), nullable(row, 6), nullable(row, 7), nullable(row, 8), nullable(row, 9)));
                }
            }
            return readings;
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not read readings: " + e.getMessage(), e);
        }
    }

    private static Double nullable(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
