package org.energytracking.simulator;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the nightly anomaly-baselines batch job over every device of the platform, after seeding {@code extra}
 * devices with eight weeks of complete hourly rollups straight into the database (10,000 devices' history through
 * the readings import would take hours; the job reads only rollups, so these are what it sees in production).
 */
final class BaselineJobTimer {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern EXECUTION = Pattern.compile("\"execution_id\"\\s*:\\s*(\\d+)");
    private static final int DEVICES_PER_INSERT = 250;

    private final DeviceApi api;
    private final Connection db;

    BaselineJobTimer(DeviceApi api, Connection db) {
        this.api = api;
        this.db = db;
    }

    void time(int extra, int weeks, int partitions) throws Exception {
        if (extra > 0) {
            seed(extra);
        }
        long devices = AnomalyBenchmark.count(db, "SELECT COUNT(*) FROM device WHERE device_id LIKE ?", "%");
        long started = System.nanoTime();
        HttpResponse<String> answer = api.postJson("/api/v1/admin/anomaly-baselines?partitions=" + partitions, "");
        Matcher execution = EXECUTION.matcher(answer.body());
        if (answer.statusCode() != 202 || !execution.find()) {
            throw new IllegalStateException("baseline job: HTTP " + answer.statusCode() + " " + answer.body());
        }
        String status = "STARTING";
        while (!status.equals("COMPLETED") && !status.equals("FAILED") && !status.equals("STOPPED")) {
            Thread.sleep(1_000);
            Matcher found = STATUS.matcher(api.get("/api/v1/admin/anomaly-baselines/" + execution.group(1)).body());
            status = found.find() ? found.group(1) : status;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long rows = AnomalyBenchmark.count(db, "SELECT COUNT(*) FROM anomaly_baseline WHERE ? <> ''", "x");
        System.out.printf(Locale.ROOT, "baseline job %s: %d devices in %.1f s in %d partitions (%.0f devices/s; target 10,000 in < 300 s), %d baseline rows%n",
                status, devices, seconds, partitions, devices / seconds, rows);
    }

    /** {@code count} devices without a site, each with eight weeks of complete hours (100-150 Wh) ending now. */
    private void seed(int count) throws Exception {
        long started = System.nanoTime();
        String prefix = "basejob-" + System.currentTimeMillis() / 1000 + "-";
        long end = System.currentTimeMillis() / AnomalyHistory.HOUR * AnomalyHistory.HOUR;
        long start = end - 56 * 24 * AnomalyHistory.HOUR;
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("INSERT INTO device (device_id, name, timezone, created_at, updated_at) SELECT CONCAT('" + prefix + "', seq),"
                    + " CONCAT('Baseline job ', seq), 'Europe/Berlin', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) FROM seq_1_to_" + count);
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO rollup_hour (device_id, start_ts, local_day, energy_wh, known_ms,"
                + " samples, power_samples, power_sum_w) SELECT d.id, ? + h.seq * 3600000, DATE(FROM_UNIXTIME((? + h.seq * 3600000) DIV 1000)),"
                + " 100 + RAND() * 50, 3600000, 1, 0, 0 FROM device d JOIN seq_0_to_1343 h WHERE d.device_id LIKE ? AND d.id BETWEEN ? AND ?")) {
            long first = AnomalyBenchmark.count(db, "SELECT MIN(id) FROM device WHERE device_id LIKE ?", prefix + "%");
            for (long from = first; from < first + count; from += DEVICES_PER_INSERT) {
                insert.setLong(1, start);
                insert.setLong(2, start);
                insert.setString(3, prefix + "%");
                insert.setLong(4, from);
                insert.setLong(5, from + DEVICES_PER_INSERT - 1);
                insert.executeUpdate();
                System.err.printf(Locale.ROOT, "seeded rollups of %d of %d devices%n", Math.min(count, from - first + DEVICES_PER_INSERT), count);
            }
        }
        System.err.printf(Locale.ROOT, "seeded %d devices x 1,344 hours in %.0f s%n", count, (System.nanoTime() - started) / 1e9);
    }
}
