package org.energytracking.simulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** What the rollups of a benchmark's devices (ids starting with a prefix) hold, read from the database. */
final class RollupProgress {

    private final Connection db;
    private final String prefix;

    RollupProgress(Connection db, String prefix) {
        this.db = db;
        this.prefix = prefix;
    }

    /** Waits until nothing of the devices is marked stale and they have at least {@code quarters} quarter hours. */
    void awaitRolledUp(long quarters) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 3_600_000_000_000L;
        long lastPrinted = 0;
        while (System.nanoTime() < deadline) {
            long stale = count("SELECT COUNT(*) FROM rollup_dirty r JOIN device d ON d.id = r.device_id WHERE d.device_id LIKE ?");
            long rolled = count("SELECT COUNT(*) FROM rollup_15m r JOIN device d ON d.id = r.device_id WHERE d.device_id LIKE ?");
            if (stale == 0 && rolled >= quarters) {
                return;
            }
            if (System.nanoTime() - lastPrinted > 5_000_000_000L) {
                System.err.printf(Locale.ROOT, "rolled up %,d of %,d quarter hours, %d days still marked stale%n", rolled, quarters, stale);
                lastPrinted = System.nanoTime();
            }
            Thread.sleep(250); // polling the rollup tables
        }
        throw new IllegalStateException("the rollups did not catch up within an hour");
    }

    /** The devices' energy summed over their local days, in Wh. */
    double energyWh() throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT COALESCE(SUM(r.energy_wh), 0) FROM rollup_day r"
                + " JOIN device d ON d.id = r.device_id WHERE d.device_id LIKE ?")) {
            select.setString(1, prefix + "%");
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getDouble(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, prefix + "%");
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
