package org.energytracking.simulator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Monthly reports of --sites sites at once: seeds a month of rollups per site and a disabled monthly definition
 * each (see {@link ReportSeed}), enables them all, and times the platform from there until every report is made
 * (PDF and CSV) and every email sent to its SMTP server: reports per second, the time per report at p50 and p99
 * (the run's own duration: content, files, emails written), and where the CPU went meanwhile. Start the platform
 * with a short REPORTS_CHECK_INTERVAL_SECONDS and an SMTP server that takes the emails.
 */
final class ReportBenchmark {

    static final Set<String> FLAGS = Set.of("sites");
    private static final Duration TARGET = Duration.ofMinutes(5);

    private final Endpoints endpoints;
    private final Path dataDir;
    private final int sites;

    ReportBenchmark(String[] argv, Path dataDir) {
        Set<String> flags = new HashSet<>(Endpoints.FLAGS);
        flags.addAll(FLAGS);
        Args args = Args.parse(argv, flags);
        this.endpoints = Endpoints.resolve(args, dataDir);
        this.dataDir = dataDir;
        this.sites = args.intValue("sites", 10_000, 1, 100_000);
    }

    void run() throws Exception {
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        String prefix = "rbench-" + System.currentTimeMillis();
        try (Connection db = DriverManager.getConnection(endpoints.dbUrl(), endpoints.dbUser(), endpoints.dbPassword())) {
            db.setAutoCommit(false);
            long admin = ReportSeed.single(db, "SELECT id FROM app_user WHERE email = ?", endpoints.email());
            long seedStart = System.nanoTime();
            List<Long> definitions = ReportSeed.seed(db, prefix, sites, month, admin);
            System.out.printf(Locale.ROOT, "Seeded %d sites with %s of 15-minute and daily rollups in %.1f s%n", sites, month,
                    (System.nanoTime() - seedStart) / 1e9);
            String ids = definitions.stream().map(String::valueOf).collect(Collectors.joining(","));
            Optional<CpuShare.Meter> cpu = CpuShare.Meter.start(dataDir);
            long start = System.nanoTime();
            try (PreparedStatement enable = db.prepareStatement("UPDATE report_definition SET enabled = TRUE WHERE id IN (" + ids + ")")) {
                enable.executeUpdate();
                db.commit();
            }
            String runs = "SELECT COUNT(*) FROM report_run WHERE definition_id IN (" + ids + ")";
            String emails = "SELECT COUNT(*) FROM report_email e JOIN report_run r ON r.id = e.run_id WHERE r.definition_id IN (" + ids + ")";
            long made = 0;
            long sent = 0;
            double madeAt = 0;
            while (sent < sites) {
                Thread.sleep(2_000);
                db.commit(); // a fresh snapshot
                long nowMade = ReportSeed.single(db, runs + " AND state IN ('done', 'failed')");
                sent = ReportSeed.single(db, emails + " AND e.state IN ('sent', 'failed')");
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (nowMade == sites && made < sites) {
                    madeAt = elapsed;
                }
                made = nowMade;
                System.out.printf(Locale.ROOT, "  %5.0f s: %d of %d reports made, %d emails sent%n", elapsed, made, sites, sent);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuShare share = cpu.flatMap(meter -> meter.stop(sites)).orElse(null);
            report(db, runs.replace("COUNT(*)", "duration_ms"), seconds, madeAt, share,
                    ReportSeed.single(db, runs + " AND state = 'failed'"));
        }
    }

    private void report(Connection db, String durations, double seconds, double madeAt, CpuShare cpu, long failed) throws Exception {
        List<Long> millis = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(durations + " ORDER BY duration_ms"); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                millis.add(row.getLong(1));
            }
        }
        System.out.printf(Locale.ROOT, "%d monthly reports (PDF and CSV) made in %.1f s, all emailed after %.1f s: %.1f reports/s; %d failed%n",
                sites, madeAt, seconds, sites / seconds, failed);
        System.out.printf(Locale.ROOT, "time per report (its run's duration): p50 %d ms, p99 %d ms, max %d ms%n",
                at(millis, 0.50), at(millis, 0.99), millis.isEmpty() ? 0 : millis.get(millis.size() - 1));
        if (cpu != null) {
            String summary = cpu.summary();
            System.out.print(summary.substring(0, summary.indexOf('\n') + 1).replace("while publishing", "while reporting")
                    .replace("per message", "per report"));
            double micros = cpu.platformMicrosPerMessage();
            System.out.printf(Locale.ROOT, "  the platform took %.0f ms of CPU per report: 10,000 reports in 5 min (33.3/s) need %.1f cores"
                    + " for it alone%n", micros / 1000, micros * 10_000 / TARGET.toSeconds() / 1e6);
        }
        boolean met = seconds * sites / 10_000 <= TARGET.toSeconds() && sites >= 10_000;
        System.out.printf(Locale.ROOT, "target: 10,000 sites' monthly reports in under 5 min: %s%n", sites < 10_000
                ? String.format(Locale.ROOT, "not measured at that size (%d sites; at this rate 10,000 would take %.0f s)", sites, seconds * 10_000 / sites)
                : met ? "met" : "not met");
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())));
    }
}
