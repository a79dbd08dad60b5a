package org.energytracking.simulator;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How fast the energy API is served from rollups: one device with --days of counter readings
 * every --interval seconds, then the hourly query as the platform runs it (timed in the database) against the
 * same hourly figures summed from the raw readings (the baseline), and the API call end to end.
 */
final class QueryBenchmark {

    static final Set<String> FLAGS = Set.of("days", "runs", "interval");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final double TARGET_MS = 10;
    static final String ROLLUP_SQL = "SELECT start_ts, SUM(energy_wh), SUM(known_ms), SUM(power_samples), SUM(power_sum_w),"
            + " MAX(power_max_w), SUM(cost), MAX(currency) FROM rollup_hour WHERE device_id IN (?) AND start_ts >= ?"
            + " AND start_ts < ? GROUP BY start_ts ORDER BY start_ts";
    static final String RAW_SQL = "SELECT ts DIV 3600000, MAX(energy_wh) - MIN(energy_wh), COUNT(power_w), SUM(power_w),"
            + " MAX(power_w) FROM reading WHERE device_id = ? AND ts >= ? AND ts < ? GROUP BY ts DIV 3600000 ORDER BY 1";

    private final Endpoints endpoints;
    private final int days;
    private final int runs;
    private final long intervalMillis;

    QueryBenchmark(String[] argv, Path dataDir) {
        Args args = Args.parse(argv, union(Endpoints.FLAGS, FLAGS));
        this.endpoints = Endpoints.resolve(args, dataDir);
        this.days = args.intValue("days", 30, 1, 366);
        this.runs = args.intValue("runs", 200, 10, 100_000);
        this.intervalMillis = args.intValue("interval", 60, 1, 3600) * 1000L;
    }

    void run() throws Exception {
        DeviceApi api = endpoints.api();
        String deviceId = "qbench-" + System.currentTimeMillis();
        api.registerAll(List.of(new DeviceApi.NewDevice(deviceId, "Query benchmark", "meter", "bench", ZONE.getId())));
        LocalDate end = LocalDate.now(ZONE);
        Instant from = end.minusDays(days).atStartOfDay(ZONE).toInstant();
        Instant to = end.atStartOfDay(ZONE).toInstant();
        importReadings(api, deviceId, from, to);
        try (Connection db = DriverManager.getConnection(endpoints.dbUrl(), endpoints.dbUser(), endpoints.dbPassword())) {
            long rowId = rowId(db, deviceId);
            long hours = (to.toEpochMilli() - from.toEpochMilli()) / 3_600_000;
            awaitRollups(db, rowId, from, to, hours);
            double[] rollup = new double[runs];
            double[] raw = new double[runs];
            double[] viaApi = new double[runs];
            String path = "/api/v1/devices/" + deviceId + "/energy?from=" + from + "&to=" + to + "&resolution=hour";
            AtomicInteger done = new AtomicInteger();
            Progress progress = Progress.everySecond(() -> "timed " + done.get() + " of " + runs + " runs");
            for (int i = 0; i < runs; i++, done.incrementAndGet()) {
                rollup[i] = time(db, ROLLUP_SQL, rowId, from, to, hours);
                raw[i] = time(db, RAW_SQL, rowId, from, to, hours);
                long started = System.nanoTime();
                HttpResponse<String> answer = api.get(path);
                viaApi[i] = (System.nanoTime() - started) / 1e6;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("energy API answered " + answer.statusCode() + ": " + answer.body());
                }
            }
            progress.close();
            report(hours, rollup, raw, viaApi);
        }
    }

    private void importReadings(DeviceApi api, String deviceId, Instant from, Instant to) throws Exception {
        StringBuilder csv = new StringBuilder("ts,power,energy\n");
        double counter = 1_000_000;
        int lines = 0;
        for (long ts = from.toEpochMilli(); ts <= to.toEpochMilli(); ts += intervalMillis) {
            double power = 400 + 300 * Math.sin(ts / 3_600_000d);
            counter += power * intervalMillis / 3_600_000d;
            csv.append(Instant.ofEpochMilli(ts)).append(',').append(Math.round(power)).append(',').append(Math.round(counter)).append('\n');
            if (++lines == 5_000 || ts + intervalMillis > to.toEpochMilli()) {
                HttpResponse<String> answer = api.importCsv(deviceId, csv.toString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("import answered " + answer.statusCode() + ": " + answer.body());
                }
                System.out.printf("imported readings up to %s%n", Instant.ofEpochMilli(ts));
                csv.setLength(0);
                csv.append("ts,power,energy\n");
                lines = 0;
            }
        }
    }

    private static void awaitRollups(Connection db, long rowId, Instant from, Instant to, long hours) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        long rows = 0;
        while (rows < hours && System.nanoTime() < deadline) {
            rows = count(db, "SELECT COUNT(*) FROM rollup_hour WHERE device_id = ? AND start_ts >= ? AND start_ts < ?", rowId, from, to);
            System.out.printf("rolled up %d of %d hours%n", rows, hours);
            Thread.sleep(rows < hours ? 2_000 : 0);
        }
        if (rows < hours) {
            throw new IllegalStateException("rollups did not catch up within 5 minutes: " + rows + " of " + hours + " hours");
        }
    }

    private static double time(Connection db, String sql, long rowId, Instant from, Instant to, long hours) throws SQLException {
        long started = System.nanoTime();
        long rows = count(db, "SELECT COUNT(*) FROM (" + sql + ") timed", rowId, from, to);
        double millis = (System.nanoTime() - started) / 1e6;
        if (rows < hours - 1) {
            throw new IllegalStateException("expected " + hours + " hourly rows, got " + rows + " from " + sql);
        }
        return millis;
    }

    private static long count(Connection db, String sql, long rowId, Instant from, Instant to) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, rowId);
            select.setLong(2, from.toEpochMilli());
            select.setLong(3, to.toEpochMilli());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long rowId(Connection db, String deviceId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM device WHERE device_id = ?")) {
            select.setString(1, deviceId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void report(long hours, double[] rollup, double[] raw, double[] viaApi) {
        double rollupP99 = percentile(rollup, 99);
        System.out.printf("%nOne device, %d days of readings every %d s, hourly (%d buckets), %d runs each; milliseconds%n",
                days, intervalMillis / 1000, hours, runs);
        System.out.printf("%-44s %8s %8s%n", "", "p50", "p99");
        System.out.printf("%-44s %8.2f %8.2f%n", "rollup query (as the API runs it, in the DB)", percentile(rollup, 50), rollupP99);
        System.out.printf("%-44s %8.2f %8.2f%n", "baseline: the same hours from raw readings", percentile(raw, 50), percentile(raw, 99));
        System.out.printf("%-44s %8.2f %8.2f%n", "GET …/energy?resolution=hour (end to end)", percentile(viaApi, 50), percentile(viaApi, 99));
        System.out.printf("raw ÷ rollup (p50): %.1f×%n", percentile(raw, 50) / percentile(rollup, 50));
        System.out.printf("target: rollup query p99 < %.0f ms → %s%n", TARGET_MS, rollupP99 < TARGET_MS ? "MET" : "NOT MET");
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p / 100d * sorted.length) - 1)];
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
