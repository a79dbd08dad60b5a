package org.energytracking.metering.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.energytracking.metering.entity.QuarterHour;
import org.energytracking.metering.entity.QuarterHours;
import org.energytracking.tariffs.entity.PricedQuarter;
import org.energytracking.tariffs.entity.QuarterEnergy;

/** The SQL of the rollup tables of one device: quarter hours written, hours and days summed from them. */
final class RollupTables {

    private static final String SUMS = "SUM(energy_wh), SUM(known_ms), SUM(samples), SUM(power_samples), SUM(power_sum_w),"
            + " MIN(power_min_w), MAX(power_max_w), SUM(cost), MAX(currency)";
    private static final String COLUMNS = "energy_wh, known_ms, samples, power_samples, power_sum_w, power_min_w, power_max_w, cost, currency";

    private static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;
    private final long deviceRowId;

    RollupTables(Connection connection, long deviceRowId) {
        this.connection = connection;
        this.deviceRowId = deviceRowId;
    }

    /** Replaces the quarter hours of [from, to) with these (costs follow in {@link #price}). */
    void replaceQuarters(long from, long to, List<QuarterHour> quarters, ZoneId zone) throws SQLException {
        update("DELETE FROM rollup_15m WHERE device_id = ? AND start_ts >= ? AND start_ts < ?", from, to);
        for (List<QuarterHour> chunk : chunks(quarters)) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rollup_15m (device_id, start_ts,"
                    + " hour_start_ts, local_day, energy_wh, known_ms, samples, power_samples, power_sum_w, power_min_w,"
                    + " power_max_w) VALUES " + rows("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ", ", chunk.size()))) {
                int p = 1;
                for (QuarterHour quarter : chunk) {
                    insert.setLong(p++, deviceRowId);
                    insert.setLong(p++, quarter.start());
                    insert.setLong(p++, QuarterHours.hourStart(quarter.start(), zone));
                    insert.setDate(p++, Date.valueOf(QuarterHours.localDay(quarter.start(), zone)));
                    insert.setDouble(p++, quarter.energyWh());
                    insert.setLong(p++, quarter.knownMs());
                    insert.setInt(p++, quarter.samples());
                    insert.setInt(p++, quarter.powerSamples());
                    insert.setDouble(p++, quarter.powerSumW());
                    setNullable(insert, p++, quarter.powerMinW());
                    setNullable(insert, p++, quarter.powerMaxW());
                }
                insert.executeUpdate();
            }
        }
    }

    List<QuarterEnergy> storedQuarters(long from, long to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT start_ts, energy_wh FROM rollup_15m"
                + " WHERE device_id = ? AND start_ts >= ? AND start_ts < ? ORDER BY start_ts")) {
            bind(select, from, to);
            List<QuarterEnergy> quarters = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    quarters.add(new QuarterEnergy(row.getLong(1), row.getDouble(2)));
                }
            }
            return quarters;
        }
    }

    double energyWh(long from, long to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(SUM(energy_wh), 0) FROM rollup_15m WHERE device_id = ? AND start_ts >= ? AND start_ts < ?")) {
            bind(select, from, to);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getDouble(1);
            }
        }
    }

    /** Sets the quarters' costs, a few hundred in one statement; only quarters that exist are touched. */
    void price(List<PricedQuarter> priced) throws SQLException {
        for (List<PricedQuarter> chunk : chunks(priced)) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE rollup_15m r JOIN ("
                    + rows("SELECT ? AS start_ts, ? AS cost, ? AS currency, ? AS price_window", " UNION ALL ", chunk.size())
                    + ") p ON r.start_ts = p.start_ts SET r.cost = p.cost, r.currency = p.currency,"
                    + " r.price_window = p.price_window WHERE r.device_id = ? AND r.start_ts BETWEEN ? AND ?")) {
                int p = 1;
                for (PricedQuarter quarter : chunk) {
                    update.setLong(p++, quarter.start());
                    update.setBigDecimal(p++, quarter.cost());
                    update.setString(p++, quarter.currency());
                    update.setString(p++, quarter.window());
                }
                // the bounds keep the scan of the device's quarters to the chunk's (they come in start order)
                update.setLong(p++, deviceRowId);
                update.setLong(p++, chunk.get(0).start());
                update.setLong(p, chunk.get(chunk.size() - 1).start());
                update.executeUpdate();
            }
        }
    }

    /** Re-sums the hours and local days that hold the quarter hours of [from, to). */
    void sumHoursAndDays(long from, long to, ZoneId zone) throws SQLException {
        long firstHour = QuarterHours.hourStart(from, zone);
        long lastHour = QuarterHours.hourStart(to - QuarterHour.MILLIS, zone);
        update("DELETE FROM rollup_hour WHERE device_id = ? AND start_ts >= ? AND start_ts <= ?", firstHour, lastHour);
        // a quarter starts in its hour, so bounding start_ts too lets the primary key's range find them
        // (hour_start_ts alone has no index and would read every quarter the device ever had)
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rollup_hour (device_id, start_ts, local_day, "
                + COLUMNS + ") SELECT device_id, hour_start_ts, MIN(local_day), " + SUMS + " FROM rollup_15m WHERE device_id = ?"
                + " AND hour_start_ts >= ? AND hour_start_ts <= ? AND start_ts >= ? AND start_ts < ? GROUP BY device_id, hour_start_ts")) {
            bind(insert, firstHour, lastHour);
            insert.setLong(4, firstHour);
            insert.setLong(5, lastHour + 3_600_000);
            insert.executeUpdate();
        }
        LocalDate firstDay = QuarterHours.localDay(from, zone);
        LocalDate lastDay = QuarterHours.localDay(to - QuarterHour.MILLIS, zone);
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM rollup_day WHERE device_id = ? AND local_day >= ? AND local_day <= ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO rollup_day (device_id, local_day, "
                     + COLUMNS + ") SELECT device_id, local_day, " + SUMS + " FROM rollup_15m WHERE device_id = ?"
                     + " AND local_day >= ? AND local_day <= ? GROUP BY device_id, local_day")) {
            for (PreparedStatement statement : List.of(delete, insert)) {
                statement.setLong(1, deviceRowId);
                statement.setDate(2, Date.valueOf(firstDay));
                statement.setDate(3, Date.valueOf(lastDay));
                statement.executeUpdate();
            }
        }
    }

    private void update(String sql, long from, long to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, from, to);
            statement.executeUpdate();
        }
    }

    private void bind(PreparedStatement statement, long from, long to) throws SQLException {
        statement.setLong(1, deviceRowId);
        statement.setLong(2, from);
        statement.setLong(3, to);
    }

    /** Multi-row statements: one parse and one execution for a few hundred rows, not one per row. */
    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += ROWS_PER_STATEMENT) {
            chunks.add(all.subList(i, Math.min(all.size(), i + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    private static String rows(String row, String separator, int count) {
        return String.join(separator, Collections.nCopies(count, row));
    }

    private static void setNullable(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }
}
