package org.energytracking.analytics.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            Map<Long, Long> knownPerStart = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    split.add(new UsageQuarter(row.getLong(1), row.getDouble(2), row.getLong(3), row.getBigDecimal(4),
                            row.getString(5)));
                    knownPerStart.merge(row.getLong(1), row.getLong(3), Long::sum);
                }
            }
            int count = deviceRowIds.size();
            return split.stream().map(q -> new UsageQuarter(q.start(), q.energyWh(), knownPerStart.get(q.start()) / count,
                    q.cost(), q.window())).toList();
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not read rollups: " + e.getMessage(), e);
        }
    }
}
