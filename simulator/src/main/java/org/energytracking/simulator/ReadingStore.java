package org.energytracking.simulator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** The benchmark's direct view of the database: counting stored readings and the raw JDBC insert baseline. */
final class ReadingStore implements AutoCloseable {

    /** How many readings were found and when the count last grew (System.nanoTime). */
    record Stored(long count, long lastGrowthNanos) {
    }

    static final int BASELINE_BATCH = 1_000;
    private static final long POLL_MILLIS = 200;

    private final Connection connection;

    ReadingStore(Endpoints endpoints) throws SQLException {
        this.connection = DriverManager.getConnection(endpoints.dbUrl(), endpoints.dbUser(), endpoints.dbPassword());
    }

    /** Stored readings of the devices whose device_id is LIKE {@code pattern}. */
    long count(String pattern) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT COUNT(*) FROM reading r JOIN device d ON d.id = r.device_id WHERE d.device_id LIKE ?")) {
            st.setString(1, pattern);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Messages recorded in rejected_message for devices whose id (or MQTT topic) matches, polled like awaitStored. */
    long awaitRejected(String devicePattern, long expected, long stableMillis) throws Exception {
        long count = rejected(devicePattern);
        long lastGrowth = System.nanoTime();
        while (count < expected && (System.nanoTime() - lastGrowth) / 1_000_000 < stableMillis) {
            Thread.sleep(POLL_MILLIS);
            long now = rejected(devicePattern);
            if (now != count) {
                count = now;
                lastGrowth = System.nanoTime();
            }
        }
        return count;
    }

    private long rejected(String devicePattern) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT COUNT(*) FROM rejected_message WHERE device_id LIKE ? OR topic LIKE ?")) {
            st.setString(1, devicePattern);
            st.setString(2, "devices/" + devicePattern);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Polls the count until it reaches {@code expected} or has not grown for {@code stableMillis}. */
    Stored awaitStored(String label, String pattern, long expected, long stableMillis) throws Exception {
        AtomicLong current = new AtomicLong(count(pattern));
        long lastGrowth = System.nanoTime();
        Progress.Rate rate = new Progress.Rate();
        try (Progress progress = Progress.everySecond(() -> String.format(Locale.ROOT,
                "[%s] stored %d/%d readings (%s/s)", label, current.get(), expected,
                Simulator.number(rate.perSecond(current.get()))))) {
            while (current.get() < expected && (System.nanoTime() - lastGrowth) / 1_000_000 < stableMillis) {
                Thread.sleep(POLL_MILLIS);
                long count = count(pattern);
                if (count != current.get()) {
                    current.set(count);
                    lastGrowth = System.nanoTime();
                }
            }
        }
        return new Stored(current.get(), lastGrowth);
    }

    /**
     * Inserts {@code plan.expectedReadings()} rows into a fresh copy of the reading table with JDBC batches of
     * {@value #BASELINE_BATCH} rows (autocommit off, a commit per batch), then drops it. Returns rows per second.
     */
    double baselineInsertRate(PhasePlan plan, String table) throws Exception {
        long total = plan.expectedReadings();
        AtomicLong inserted = new AtomicLong();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE " + table + " LIKE reading");
        }
        String sql = "INSERT INTO " + table
                + " (device_id, ts, power_w, voltage_v, current_a, energy_wh, temperature_c) VALUES (?, ?, ?, ?, ?, ?, ?)";
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(sql);
             Progress progress = Progress.everySecond(() -> "[baseline] inserted " + inserted.get() + "/" + total + " rows")) {
            long start = System.nanoTime();
            int pending = 0;
            for (long j = 0; j < plan.readingsPerDevice()[0]; j++) {
                for (int device = 0; device < plan.devices(); device++) {
                    if (j >= plan.readingsPerDevice()[device]) {
                        continue;
                    }
                    double power = 100 + (j * 37 + device * 11) % 2000;
                    insert.setLong(1, device + 1);
                    insert.setLong(2, plan.ts(j));
                    insert.setDouble(3, power);
                    insert.setDouble(4, 230.0);
                    insert.setDouble(5, power / 230.0);
                    insert.setDouble(6, j * 0.05);
                    insert.setDouble(7, 21.5);
                    insert.addBatch();
                    if (++pending == BASELINE_BATCH) {
                        insert.executeBatch();
                        connection.commit();
                        inserted.addAndGet(pending);
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
                connection.commit();
                inserted.addAndGet(pending);
            }
            return inserted.get() * 1e9 / (System.nanoTime() - start);
        } finally {
            try (Statement st = connection.createStatement()) {
                connection.rollback();
                connection.setAutoCommit(true);
                st.execute("DROP TABLE IF EXISTS " + table);
            } catch (SQLException e) {
                System.err.println("warning: could not drop " + table + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
