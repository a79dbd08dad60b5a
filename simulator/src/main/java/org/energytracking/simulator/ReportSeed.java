package org.energytracking.simulator;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The report benchmark's data, written straight into the database as a month of readings would have left it
 * (seeding 10,000 sites through the API would take longer than what is measured): per site one device, its
 * 15-minute and daily rollups of a month (what the reports read), the administrator as a member, and a disabled
 * monthly report definition. Enabling them all at once is the benchmark's start.
 */
final class ReportSeed {

    private static final int BATCH = 5_000;

    private ReportSeed() {
    }

    /** Answers the definitions' ids. */
    static List<Long> seed(Connection db, String prefix, int sites, YearMonth month, long adminId) throws SQLException {
        long roleId = single(db, "SELECT id FROM role WHERE name = 'operator'");
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        List<Long> siteIds = insert(db, "INSERT INTO site (name, timezone, created_at, updated_at) VALUES (?, 'UTC', ?, ?)", sites,
                (row, i) -> { row.setString(1, prefix + " site " + i); row.setTimestamp(2, now); row.setTimestamp(3, now); });
        List<Long> deviceIds = insert(db, "INSERT INTO device (device_id, name, timezone, site_id, owner_id, created_at, updated_at)"
                + " VALUES (?, ?, 'UTC', ?, ?, ?, ?)", sites, (row, i) -> {
                    row.setString(1, prefix + "-meter-" + i); row.setString(2, "Meter " + i); row.setLong(3, siteIds.get(i));
                    row.setLong(4, adminId); row.setTimestamp(5, now); row.setTimestamp(6, now); });
        insert(db, "INSERT INTO site_member (site_id, user_id, role_id, added_at) VALUES (?, ?, ?, ?)", sites, (row, i) -> {
            row.setLong(1, siteIds.get(i)); row.setLong(2, adminId); row.setLong(3, roleId); row.setTimestamp(4, now); });
        rollups(db, deviceIds, month);
        return insert(db, "INSERT INTO report_definition (owner_id, site_id, name, cadence, delivery_time, formats, user_ids, sections,"
                + " next_period_start, next_due_at, enabled, created_at, updated_at) VALUES (?, ?, ?, 'monthly', '00:00', 'pdf,csv', ?,"
                + " 'totals,comparison,table,chart,top_devices,time_of_use,peak_base,completeness,alerts', ?, ?, FALSE, ?, ?)", sites, (row, i) -> {
                    row.setLong(1, adminId); row.setLong(2, siteIds.get(i)); row.setString(3, prefix + " monthly " + i);
                    row.setString(4, Long.toString(adminId)); row.setDate(5, Date.valueOf(month.atDay(1)));
                    row.setTimestamp(6, Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()));
                    row.setTimestamp(7, now); row.setTimestamp(8, now); });
    }

    /** A load that follows the hour of day: 20 Wh a quarter at night, up to 95 by day, the same every day. */
    private static void rollups(Connection db, List<Long> deviceIds, YearMonth month) throws SQLException {
        try (PreparedStatement quarter = db.prepareStatement("INSERT INTO rollup_15m (device_id, start_ts, hour_start_ts, local_day, energy_wh,"
                + " known_ms, samples, power_samples, power_sum_w, power_min_w, power_max_w, cost, currency, price_window)"
                + " VALUES (?, ?, ?, ?, ?, 900000, 1, 1, ?, ?, ?, NULL, NULL, NULL)");
             PreparedStatement day = db.prepareStatement("INSERT INTO rollup_day (device_id, local_day, energy_wh, known_ms, samples,"
                     + " power_samples, power_sum_w, power_min_w, power_max_w, cost, currency) VALUES (?, ?, ?, 86400000, 96, 96, ?, 80, 380, NULL, NULL)")) {
            int pending = 0;
            for (long device : deviceIds) {
                for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
                    long start = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                    double dayWh = 0;
                    for (int q = 0; q < 96; q++) {
                        double wh = q / 4 < 6 ? 20 : 20 + 75 * Math.sin(Math.PI * (q / 4 - 6) / 18);
                        dayWh += wh;
                        quarter.setLong(1, device); quarter.setLong(2, start + q * 900_000L); quarter.setLong(3, start + (q / 4) * 3_600_000L);
                        quarter.setDate(4, Date.valueOf(date)); quarter.setDouble(5, wh); quarter.setDouble(6, wh * 4);
                        quarter.setDouble(7, wh * 4); quarter.setDouble(8, wh * 4);
                        quarter.addBatch();
                    }
                    day.setLong(1, device); day.setDate(2, Date.valueOf(date)); day.setDouble(3, dayWh); day.setDouble(4, dayWh * 4);
                    day.addBatch();
                    pending += 97;
                    if (pending >= BATCH) {
                        quarter.executeBatch(); day.executeBatch(); db.commit(); pending = 0;
                    }
                }
            }
            quarter.executeBatch(); day.executeBatch(); db.commit();
        }
    }

    private interface Binder {
        void bind(PreparedStatement row, int index) throws SQLException;
    }

    private static List<Long> insert(Connection db, String sql, int count, Binder binder) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                binder.bind(insert, i);
                insert.executeUpdate(); // one by one for the generated keys; 10,000 rows take seconds
                try (ResultSet key = insert.getGeneratedKeys()) {
                    if (key.next()) {
                        ids.add(key.getLong(1));
                    }
                }
            }
        }
        db.commit();
        return ids;
    }

    static long single(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
