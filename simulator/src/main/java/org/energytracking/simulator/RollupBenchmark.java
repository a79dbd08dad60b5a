package org.energytracking.simulator;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code rollup-benchmark} command: --days of readings every --interval-seconds for --devices meters, imported
 * over HTTP as CSV; times the rollup timer catching up with the import, then the rebuild job re-rolling all of it,
 * each with the CPU the app server and the database used per reading. Checks that the rebuilt days hold the same
 * energy as before and as the counters say.
 */
final class RollupBenchmark {

    static final Set<String> FLAGS = Set.of("devices", "days", "interval-seconds");
    static final double TARGET_READINGS_PER_SECOND = 150_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int ROWS_PER_IMPORT = 7_000;

    private final Endpoints endpoints;
    private final Path dataDir;
    private final int devices;
    private final int days;
    private final int intervalSeconds;

    RollupBenchmark(String[] argv, Path dataDir) {
        Args args = Args.parse(argv, Stream.concat(Endpoints.FLAGS.stream(), FLAGS.stream()).collect(Collectors.toSet()));
        this.endpoints = Endpoints.resolve(args, dataDir);
        this.dataDir = dataDir;
        this.devices = args.intValue("devices", 1, 1, 1_000);
        this.days = args.intValue("days", 365, 1, 3_660);
        this.intervalSeconds = args.intValue("interval-seconds", 60, 1, 3_600);
    }

    void run() throws Exception {
        DeviceApi api = endpoints.api();
        String prefix = "roll-" + System.currentTimeMillis() / 1000 + "-";
        LocalDate first = LocalDate.now(ZONE).minusDays(days + 1L);
        long start = first.atStartOfDay(ZONE).toInstant().toEpochMilli();
        long readingsPerDevice = (long) days * 86_400 / intervalSeconds;
        List<String> ids = new ArrayList<>();
        List<DeviceApi.NewDevice> newDevices = new ArrayList<>();
        for (int i = 1; i <= devices; i++) {
            ids.add(prefix + i);
            newDevices.add(new DeviceApi.NewDevice(prefix + i, "Rollup benchmark " + i, "meter", "bench", ZONE.getId()));
        }
        api.registerAll(newDevices);
        long readings = readingsPerDevice * devices;
        double[] counters = new double[devices];
        try (Connection db = DriverManager.getConnection(endpoints.dbUrl(), endpoints.dbUser(), endpoints.dbPassword())) {
            RollupProgress progress = new RollupProgress(db, prefix);
            Optional<CpuShare.Meter> cpu = CpuShare.Meter.start(dataDir);
            long began = System.nanoTime();
            for (int i = 0; i < devices; i++) {
                counters[i] = importHistory(api, ids.get(i), start, readingsPerDevice, new Random(i));
            }
            double importSeconds = seconds(began);
            System.out.printf(Locale.ROOT, "imported %,d readings (%d meters x %d days, every %d s) in %.1f s: %,.0f readings/s%n",
                    readings, devices, days, intervalSeconds, importSeconds, readings / importSeconds);
            progress.awaitRolledUp((readingsPerDevice * intervalSeconds / 900 - 1) * devices);
            double caughtUp = seconds(began);
            print("import and rollup timer", readings, caughtUp, cpu.flatMap(m -> m.stop(readings)));
            double before = progress.energyWh();
            check("energy after the timer", before, counters);

            cpu = CpuShare.Meter.start(dataDir);
            began = System.nanoTime();
            List<Long> jobs = new ArrayList<>();
            for (String id : ids) {
                jobs.add(startRebuild(api, id, first, LocalDate.now(ZONE).plusDays(1)));
            }
            for (long job : jobs) {
                awaitJob(api, job);
            }
            double rebuilt = seconds(began);
            print("rebuild job", readings, rebuilt, cpu.flatMap(m -> m.stop(readings)));
            check("energy after the rebuild", progress.energyWh(), counters);
            System.out.printf(Locale.ROOT, "target: rolling up >= %,.0f readings/s; rebuild %,.0f readings/s: %s%n",
                    TARGET_READINGS_PER_SECOND, readings / rebuilt, readings / rebuilt >= TARGET_READINGS_PER_SECOND ? "met" : "not met");
        }
    }

    /** Imports one meter's history in requests of {@value #ROWS_PER_IMPORT} rows; answers its counter's total rise. */
    private double importHistory(DeviceApi api, String id, long start, long count, Random random) throws Exception {
        double counter = 0;
        double power = 300;
        StringBuilder csv = new StringBuilder();
        for (long i = 0; i < count; i++) {
            if (csv.length() == 0) {
                csv.append("ts,power,energy\n");
            }
            power = Math.max(5, Math.min(3_000, power + random.nextGaussian() * 50));
            csv.append(start + i * intervalSeconds * 1000L).append(',').append(Math.round(power)).append(',')
                    .append(Math.round(counter * 1000) / 1000.0).append('\n');
            counter += i + 1 < count ? power * intervalSeconds / 3600.0 : 0;
            if ((i + 1) % ROWS_PER_IMPORT == 0 || i + 1 == count) {
                HttpResponse<String> answer = api.importCsv(id, csv.toString());
                if (answer.statusCode() != 200 || answer.body().contains("\"index\"")) {
                    throw new IllegalStateException("import of " + id + " answered " + answer.statusCode() + ": " + answer.body());
                }
                csv.setLength(0);
            }
        }
        return Math.round(counter * 1000) / 1000.0;
    }

    private static long startRebuild(DeviceApi api, String id, LocalDate from, LocalDate to) throws Exception {
        HttpResponse<String> answer = api.postJson("/api/v1/devices/" + id + "/energy/rebuild?from=" + from + "&to=" + to, "");
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("rebuild of " + id + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return Long.parseLong(answer.body().replaceAll(".*\"execution_id\":(\\d+).*", "$1"));
    }

    private static void awaitJob(DeviceApi api, long job) throws Exception {
        long deadline = System.nanoTime() + 3_600_000_000_000L;
        while (System.nanoTime() < deadline) {
            String body = api.get("/api/v1/rollup-jobs/" + job).body();
            if (body.contains("\"COMPLETED\"")) {
                return;
            }
            if (body.contains("\"FAILED\"") || body.contains("\"STOPPED\"") || body.contains("\"ABANDONED\"")) {
                throw new IllegalStateException("rebuild job " + job + " ended: " + body);
            }
            Thread.sleep(200); // polling the job's status, at most 1/5 s late
        }
        throw new IllegalStateException("rebuild job " + job + " did not complete within an hour");
    }

    private static void print(String phase, long readings, double seconds, Optional<CpuShare> cpu) {
        System.out.printf(Locale.ROOT, "%s: %,d readings in %.1f s, %,.0f readings/s%n", phase, readings, seconds, readings / seconds);
        cpu.ifPresent(share -> System.out.printf(Locale.ROOT, "  CPU per reading: app server %.1f µs, database %.1f µs, broker %.1f µs"
                + " (%.2f of %d cores busy)%n", share.microsPerMessage("app server"), share.microsPerMessage("database"),
                share.microsPerMessage("broker"), share.busyCores(), share.machineCores()));
    }

    private static void check(String what, double storedWh, double[] counters) {
        double expected = 0;
        for (double counter : counters) {
            expected += counter;
        }
        boolean same = Math.abs(storedWh - expected) < 0.01;
        System.out.printf(Locale.ROOT, "%s: %.3f Wh stored, %.3f Wh by the counters: %s%n", what, storedWh, expected, same ? "same" : "DIFFERENT");
        if (!same) {
            throw new IllegalStateException(what + " differs from the counters");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
