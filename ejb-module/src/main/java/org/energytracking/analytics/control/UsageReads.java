package org.energytracking.analytics.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.energytracking.analytics.entity.UsageQuarter;
import org.energytracking.ingest.control.StorageUnavailableException;
import org.energytracking.kernel.SqlIds;

/**
 * The quarter hours of one or more devices, summed per start and time-of-use window. A site's
 * quarter counts as known as far as its devices are on average, whichever window they were in.
 */
@Dependent
public class UsageReads {

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    public List<UsageQuarter> quarters(List<Long> deviceRowIds, Instant from, Instant to) {
        if (deviceRowIds.isEmpty()) {
            return List.of();
        }
        String devices = SqlIds.inList(deviceRowIds);
        // the primary key's range, always: with a long device list MariaDB estimates the other index
        // from statistics, and statistics taken while a bulk history was rolled up make it scan every row
        String sql = "SELECT start_ts, SUM(energy_wh), SUM(known_ms), SUM(cost), price_window FROM rollup_15m FORCE INDEX (PRIMARY)"
                + " WHERE device_id IN (" + devices + ") AND start_ts >= ? AND start_ts < ?"
                + " GROUP BY start_ts, price_window ORDER BY start_ts";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, from.toEpochMilli());
            select.setLong(2, to.toEpochMilli());
            List<UsageQuarter> split = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    split.add(new UsageQuarter(row.getLong(1), row.getDouble(2), row.getLong(3), row.getBigDecimal(4),
                            row.getString(5)));
                }
            }
            return knownPerDevice(split, deviceRowIds.size());
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not read rollups: " + e.getMessage(), e);
        }
    }

    /**
     * Each quarter's known time summed over its rows (windows) and shared by the devices. The rows come ordered by
     * start, so a quarter's rows are neighbours: a map keyed by the starts (multiples of 900,000 ms, whose hashes
     * collide) took a few percent of a report's CPU.
     */
    private static List<UsageQuarter> knownPerDevice(List<UsageQuarter> split, int devices) {
        List<UsageQuarter> quarters = new ArrayList<>(split.size());
        for (int first = 0, next; first < split.size(); first = next) {
            long known = 0;
            for (next = first; next < split.size() && split.get(next).start() == split.get(first).start(); next++) {
                known += split.get(next).knownMs();
            }
            for (int i = first; i < next; i++) {
                UsageQuarter q = split.get(i);
                quarters.add(new UsageQuarter(q.start(), q.energyWh(), known / devices, q.cost(), q.window()));
            }
        }
        return quarters;
    }
}
