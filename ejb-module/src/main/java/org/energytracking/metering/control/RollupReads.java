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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.energytracking.ingest.control.StorageUnavailableException;
import org.energytracking.kernel.SqlIds;
import org.energytracking.metering.entity.DaySource;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.metering.entity.RollupRow;

/**
 * Rollup rows of one or more devices over a range, summed per stored start in the database. By
 * day or month, devices in the query's zone come from their days and the others from finer rows,
 * so a site's day is the site's local day whatever zone its devices keep.
 */
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
        try (Connection connection = dataSource.getConnection()) {
            if (resolution == Resolution.HOUR || resolution == Resolution.QUARTER_HOUR) {
                DaySource source = resolution == Resolution.HOUR ? DaySource.HOURS : DaySource.QUARTERS;
                return timed(connection, source, deviceRowIds, from, to);
            }
            List<RollupRow> rows = new ArrayList<>();
            for (Map.Entry<DaySource, List<Long>> group : bySource(connection, deviceRowIds, zone, from, to).entrySet()) {
                rows.addAll(group.getKey() == DaySource.DAYS
                        ? days(connection, group.getValue(), from, to, zone)
                        : timed(connection, group.getKey(), group.getValue(), from, to));
            }
            return rows;
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not read rollups: " + e.getMessage(), e);
        }
    }

    /**
     * The same per device, in one query for the devices whose days are the zone's (a report's per-device table
     * asked once per device cost two round trips a device).
     */
    public Map<Long, List<RollupRow>> rowsByDevice(List<Long> deviceRowIds, Resolution resolution, Instant from, Instant to,
                                                   ZoneId zone) {
        Map<Long, List<RollupRow>> byDevice = new HashMap<>();
        if (deviceRowIds.isEmpty()) {
            return byDevice;
        }
        if (resolution == Resolution.HOUR || resolution == Resolution.QUARTER_HOUR) {
            deviceRowIds.forEach(id -> byDevice.put(id, rows(List.of(id), resolution, from, to, zone)));
            return byDevice;
        }
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<DaySource, List<Long>> group : bySource(connection, deviceRowIds, zone, from, to).entrySet()) {
                for (long id : group.getValue()) {
                    byDevice.put(id, new ArrayList<>());
                }
                if (group.getKey() == DaySource.DAYS) {
                    daysByDevice(connection, group.getValue(), from, to, zone, byDevice);
                } else {
                    for (long id : group.getValue()) {
                        byDevice.get(id).addAll(timed(connection, group.getKey(), List.of(id), from, to));
                    }
                }
            }
            return byDevice;
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not read rollups: " + e.getMessage(), e);
        }
    }

    private static void daysByDevice(Connection connection, List<Long> deviceRowIds, Instant from, Instant to, ZoneId zone,
                                     Map<Long, List<RollupRow>> byDevice) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT local_day, " + SUMS + ", device_id FROM rollup_day"
                + " WHERE device_id IN (" + SqlIds.inList(deviceRowIds) + ") AND local_day >= ? AND local_day < ?"
                + " GROUP BY device_id, local_day ORDER BY device_id, local_day")) {
            select.setDate(1, Date.valueOf(from.atZone(zone).toLocalDate()));
            select.setDate(2, Date.valueOf(to.atZone(zone).toLocalDate().plusDays(1)));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    byDevice.get(row.getLong(9)).add(row(row, row.getDate(1).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli()));
                }
            }
        }
    }

    private static Map<DaySource, List<Long>> bySource(Connection connection, List<Long> deviceRowIds, ZoneId zone,
                                                       Instant from, Instant to) throws SQLException {
        Map<DaySource, List<Long>> groups = new EnumMap<>(DaySource.class);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, timezone FROM device WHERE id IN (" + SqlIds.inList(deviceRowIds) + ")");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                DaySource source = DaySource.of(ZoneId.of(row.getString(2)), zone, from, to);
                groups.computeIfAbsent(source, s -> new ArrayList<>()).add(row.getLong(1));
            }
        }
        return groups;
    }

    private static List<RollupRow> days(Connection connection, List<Long> deviceRowIds, Instant from, Instant to,
                                        ZoneId zone) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT local_day, " + SUMS + " FROM rollup_day"
                + " WHERE device_id IN (" + SqlIds.inList(deviceRowIds) + ") AND local_day >= ? AND local_day < ?"
                + " GROUP BY local_day ORDER BY local_day")) {
            select.setDate(1, Date.valueOf(from.atZone(zone).toLocalDate()));
            select.setDate(2, Date.valueOf(to.atZone(zone).toLocalDate().plusDays(1)));
            return read(select, row -> row.getDate(1).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli());
        }
    }

    private static List<RollupRow> timed(Connection connection, DaySource source, List<Long> deviceRowIds,
                                         Instant from, Instant to) throws SQLException {
        // FORCE INDEX: see UsageReads (rollup_15m has a second index a stale estimate may prefer)
        try (PreparedStatement select = connection.prepareStatement("SELECT start_ts, " + SUMS + " FROM " + source.table()
                + " FORCE INDEX (PRIMARY) WHERE device_id IN (" + SqlIds.inList(deviceRowIds) + ") AND start_ts >= ? AND start_ts < ?"
                + " GROUP BY start_ts ORDER BY start_ts")) {
            select.setLong(1, from.toEpochMilli());
            select.setLong(2, to.toEpochMilli());
            return read(select, row -> row.getLong(1));
        }
    }

    private interface Start {
        long of(ResultSet row) throws SQLException;
    }

    private static List<RollupRow> read(PreparedStatement select, Start start) throws SQLException {
        List<RollupRow> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(row(row, start.of(row)));
            }
        }
        return rows;
    }

    private static RollupRow row(ResultSet row, long start) throws SQLException {
        double max = row.getDouble(6);
        boolean noMax = row.wasNull();
        return new RollupRow(start, row.getDouble(2), row.getLong(3), row.getInt(4), row.getDouble(5),
                noMax ? null : max, row.getBigDecimal(7), row.getString(8));
    }
}
