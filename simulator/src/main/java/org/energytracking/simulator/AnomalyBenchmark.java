package org.energytracking.simulator;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code anomaly-benchmark} command: a labelled history of --devices devices over --weeks weeks (see
 * {@link AnomalyHistory}) imported over HTTP, with an anomaly and a base-load rule on each device; waits until
 * the platform's alerts stop changing, then prints precision, recall and false alerts per device-week against
 * the labels (written to --labels), and times the nightly baseline job. {@code --spike Wh}: one device, three
 * weeks, and its last whole hour {@code Wh} higher; prints the alert it raised (and its email goes out).
 */
final class AnomalyBenchmark {

    static final Set<String> FLAGS = Set.of("devices", "weeks", "k", "floor", "labels", "spike", "baseline-devices", "partitions");
    private static final long QUIET_MILLIS = 20_000;

    private final Endpoints endpoints;
    private final int devices;
    private final int weeks;
    private final String k;
    private final String floor;
    private final Path labelsFile;
    private final int spikeWh;
    private final int baselineDevices;
    private final int partitions;

    AnomalyBenchmark(String[] argv, Path dataDir) {
        Args args = Args.parse(argv, Stream.concat(Endpoints.FLAGS.stream(), FLAGS.stream()).collect(Collectors.toSet()));
        this.endpoints = Endpoints.resolve(args, dataDir);
        this.spikeWh = args.intValue("spike", 0, 0, 100_000);
        this.devices = spikeWh > 0 ? 1 : args.intValue("devices", 20, 1, 10_000);
        this.weeks = spikeWh > 0 ? 3 : args.intValue("weeks", 10, 3, 30);
        this.k = args.string("k", "null");
        this.floor = args.string("floor", "null");
        this.labelsFile = Path.of(args.string("labels", "anomaly-labels.csv"));
        this.baselineDevices = args.intValue("baseline-devices", 0, 0, 100_000);
        this.partitions = args.intValue("partitions", 2, 1, 32);
    }

    void run() throws Exception {
        DeviceApi api = endpoints.api();
        String prefix = "anom-" + System.currentTimeMillis() / 1000 + "-";
        long end = System.currentTimeMillis() / AnomalyHistory.HOUR * AnomalyHistory.HOUR;
        Map<String, AnomalyHistory> histories = new LinkedHashMap<>();
        List<DeviceApi.NewDevice> newDevices = new ArrayList<>();
        for (int i = 1; i <= devices; i++) {
            String id = prefix + i;
            AnomalyHistory history = new AnomalyHistory(i, end, weeks, spikeWh == 0);
            if (spikeWh > 0) {
                history.hoursWh[history.hoursWh.length - 1] += spikeWh;
                history.labels.add(new AnomalyHistory.Label(AnomalyHistory.Kind.SPIKE, end - AnomalyHistory.HOUR, end));
            }
            histories.put(id, history);
            newDevices.add(new DeviceApi.NewDevice(id, "Benchmark " + id, "plug", "bench", AnomalyHistory.ZONE.getId()));
        }
        api.registerAll(newDevices);
        for (String id : histories.keySet()) {
            rule(api, id, "anomaly", "{\"k\":" + k + ",\"floor_wh\":" + floor + "}");
            rule(api, id, "base_load", "{}");
        }
        writeLabels(histories);
        long started = System.nanoTime();
        for (Map.Entry<String, AnomalyHistory> device : histories.entrySet()) {
            HttpResponse<String> answer = api.importCsv(device.getKey(), device.getValue().csv());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("import of " + device.getKey() + " answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        System.err.printf(Locale.ROOT, "imported %d devices x %d weeks of hourly readings in %.1f s%n", devices, weeks, (System.nanoTime() - started) / 1e9);
        try (Connection db = DriverManager.getConnection(endpoints.dbUrl(), endpoints.dbUser(), endpoints.dbPassword())) {
            Map<String, List<AnomalyScore.Found>> found = awaitAlerts(db, prefix, (long) devices * weeks * 7 * 24);
            System.out.printf(Locale.ROOT, "detection settled %.0f s after the import began%n", (System.nanoTime() - started) / 1e9);
            if (spikeWh > 0) {
                printSpike(api, histories.keySet().iterator().next());
            } else {
                Map<String, List<AnomalyHistory.Label>> labels = new HashMap<>();
                histories.forEach((id, history) -> labels.put(id, history.labels));
                System.out.print(AnomalyScore.of(labels, found, devices * (weeks - 2.0)).describe());
                System.out.println("labels: " + labelsFile.toAbsolutePath());
            }
            new BaselineJobTimer(api, db).time(baselineDevices, weeks, partitions);
        }
    }

    private void rule(DeviceApi api, String device, String type, String params) throws Exception {
        HttpResponse<String> answer = api.postJson("/api/v1/alert-rules", "{\"name\":\"Benchmark " + type + "\",\"type\":\"" + type
                + "\",\"device_id\":\"" + device + "\",\"severity\":\"warning\",\"params\":" + params + "}");
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(type + " rule for " + device + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    private void writeLabels(Map<String, AnomalyHistory> histories) throws Exception {
        StringBuilder csv = new StringBuilder("device_id,kind,start,end\n");
        histories.forEach((id, history) -> history.labels.forEach(label -> csv.append(id).append(',').append(label.kind().name().toLowerCase(Locale.ROOT))
                .append(',').append(java.time.Instant.ofEpochMilli(label.start())).append(',').append(java.time.Instant.ofEpochMilli(label.end())).append('\n')));
        Files.writeString(labelsFile, csv);
    }

    /** Waits until every hour is rolled up and the alerts of the run's devices have not changed for 20 s. */
    private static Map<String, List<AnomalyScore.Found>> awaitAlerts(Connection db, String prefix, long hours) throws Exception {
        long deadline = System.nanoTime() + 1_800_000_000_000L;
        String last = "";
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long rolled = count(db, "SELECT COUNT(*) FROM rollup_hour r JOIN device d ON d.id = r.device_id WHERE d.device_id LIKE ?", prefix + "%");
            Map<String, List<AnomalyScore.Found>> found = alerts(db, prefix);
            String now = rolled + " " + found;
            if (!now.equals(last)) {
                last = now;
                quietSince = System.nanoTime();
                System.err.printf(Locale.ROOT, "rolled up %d of %d hours, %d alerts%n", rolled, hours,
                        found.values().stream().mapToInt(List::size).sum());
            } else if (rolled >= hours && System.nanoTime() - quietSince > QUIET_MILLIS * 1_000_000) {
                return found;
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("detection did not settle within 30 minutes");
    }

    static Map<String, List<AnomalyScore.Found>> alerts(Connection db, String prefix) throws Exception {
        Map<String, List<AnomalyScore.Found>> found = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT d.device_id, a.type, UNIX_TIMESTAMP(a.since_at) * 1000,"
                + " UNIX_TIMESTAMP(a.period_end_at) * 1000 FROM alert a JOIN device d ON d.id = a.device_id"
                + " WHERE d.device_id LIKE ? AND a.type IN ('anomaly', 'base_load') AND a.note IS NULL ORDER BY a.id")) {
            select.setString(1, prefix + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getString(1), d -> new ArrayList<>())
                            .add(new AnomalyScore.Found(rows.getString(2), rows.getLong(3), rows.getLong(4)));
                }
            }
        }
        return found;
    }

    static long count(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void printSpike(DeviceApi api, String device) throws Exception {
        HttpResponse<String> alerts = api.get("/api/v1/alerts?device_id=" + device);
        System.out.println("alerts of " + device + ": " + alerts.body());
    }
}
