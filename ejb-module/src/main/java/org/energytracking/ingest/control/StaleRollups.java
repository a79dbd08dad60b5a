package org.energytracking.ingest.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.energytracking.ingest.entity.Reading;

/**
 * Marks the time each committed batch touched as stale for the rollups, in the batch's own
 * transaction: one row per device and UTC day, widened in place, so the mark costs one statement
 * per commit and is never lost to a crash between the readings and their rollups.
 */
final class StaleRollups {

    static final long DAY_MILLIS = 86_400_000L;
    private static final String INSERT = "INSERT INTO rollup_dirty (device_id, day, from_ts, to_ts) VALUES ";
    private static final String WIDEN = " ON DUPLICATE KEY UPDATE from_ts = LEAST(from_ts, VALUES(from_ts)),"
            + " to_ts = GREATEST(to_ts, VALUES(to_ts)), version = version + 1";

    private StaleRollups() {
    }

    record Key(long deviceRowId, long day) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byDevice = Long.compare(deviceRowId, other.deviceRowId);
            return byDevice != 0 ? byDevice : Long.compare(day, other.day);
        }
    }

    record Range(long fromTs, long toTs) {
        Range widen(long ts) {
            return new Range(Math.min(fromTs, ts), Math.max(toTs, ts));
        }
    }

    /** In key order, so concurrent writers would lock rows in the same order. */
    static Map<Key, Range> of(Iterable<PendingWrite> batch) {
        Map<Key, Range> ranges = new TreeMap<>();
        for (PendingWrite pending : batch) {
            for (Reading reading : pending.readings) {
                ranges.merge(new Key(pending.deviceRowId, Math.floorDiv(reading.ts(), DAY_MILLIS)),
                        new Range(reading.ts(), reading.ts()), (a, b) -> a.widen(b.fromTs()));
            }
        }
        return ranges;
    }

    static String sql(int rows) {
        return INSERT + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?, ?)")) + WIDEN;
    }

    static void mark(Connection connection, Iterable<PendingWrite> batch) throws SQLException {
        Map<Key, Range> ranges = of(batch);
        if (ranges.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql(ranges.size()))) {
            int parameter = 1;
            for (Map.Entry<Key, Range> entry : ranges.entrySet()) {
                insert.setLong(parameter++, entry.getKey().deviceRowId());
                insert.setLong(parameter++, entry.getKey().day());
                insert.setLong(parameter++, entry.getValue().fromTs());
                insert.setLong(parameter++, entry.getValue().toTs());
            }
            insert.executeUpdate();
        }
    }
}
