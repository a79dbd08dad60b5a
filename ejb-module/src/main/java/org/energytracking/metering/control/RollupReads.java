package org.energytracking.metering.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.energytracking.database.entity.SqlIds;
import org.energytracking.ingest.control.StorageUnavailableException;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.metering.entity.RollupRow;

/** Rollup rows of one or more devices over a range, summed per bucket start in the database. */
@Dependent
public class RollupReads {

    private static final String SUMS = "SUM(energy_wh), SUM(known_ms), SUM(power_samples), SUM(power_sum_w),"
            + " MAX(power_max_w), SUM(cost), MAX(currency)";

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    public List<RollupRow> rows(List<Long> deviceRowIds, Resolution resolution, Instant from, Instant to, ZoneId zone) {
        if (deviceRowIds.isEmpty()) {
            return List.of();
        }
        String devices = SqlIds.inList(deviceRowIds);
        boolean daily = resolution == Resolution.DAY || resolution == Resolution.MONTH;
        String sql = daily
                ? "SELECT local_day, " + SUMS + " FROM rollup_day WHERE device_id IN (" + devices + ")"
                  + " AND local_day >= ? AND local_day < ? GROUP BY local_day ORDER BY local_day"
                : "SELECT start_ts, " + SUMS + " FROM " + (resolution == Resolution.HOUR ? "rollup_hour" : "rollup_15m")
                  + " WHERE device_id IN (" + devices + ") AND start_ts >= ? AND start_ts < ? GROUP BY start_ts ORDER BY start_ts";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (daily) {
                select.setDate(1, Date.valueOf(from.atZone(zone).toLocalDate()));
                select.setDate(2, Date.valueOf(to.atZone(zone).toLocalDate().plusDays(1)));
            } else {
                select.setLong(1, from.toEpochMilli());
                select.setLong(2, to.toEpochMilli());
            }
            List<RollupRow> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long at = daily ? row.getDate(1).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli() : row.getLong(1);
                    double max = row.getDouble(6);
                    rows.add(new RollupRow(at, row.getDouble(2), row.getLong(3), row.getInt(4), row.getDouble(5),
                            row.wasNull() ? null : max, row.getBigDecimal(7), row.getString(8)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not read rollups: " + e.getMessage(), e);
        }
    }
}
