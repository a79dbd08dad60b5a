package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * How long the dashboard takes, from navigation until its chart is painted, on a site with 200
 * devices and a year of quarter-hourly readings. A measurement, not a test: no IT suffix, so
 * failsafe runs it only when asked: {@code ./mvnw verify -Dit.test=DashboardBenchmark}
 * (-Dbenchmark.devices and -Dbenchmark.days make the site smaller).
 */
@ExtendWith(PlatformExtension.class)
class DashboardBenchmark {

    private static final int DEVICES = Integer.getInteger("benchmark.devices", 200);
    private static final int DAYS = Integer.getInteger("benchmark.days", 365);
    private static final int RUNS = 10;
    private static final long TARGET_MS = 1_000;
    private static final long QUARTER_MS = Duration.ofMinutes(15).toMillis();
    // Resolves with performance.now() (ms since navigation began) once the chart exists and a frame was painted.
    private static final String PAINTED = "var done = arguments[arguments.length - 1]; var chartId = arguments[0];"
            + " (function poll() { var chart = false; for (var k in (window.PrimeFaces ? PrimeFaces.widgets : {})) {"
            + "   var w = PrimeFaces.widgets[k]; if (w && w.id === chartId && w.chart) { chart = true; } }"
            + "   var ready = chartId ? chart : document.readyState === 'complete';"
            + "   if (ready) { requestAnimationFrame(function () { done(performance.now()); }); } else { setTimeout(poll, 5); } })();";

    @Test
    void dashboardOfASiteWith200DevicesAndAYearOfReadings(Platform platform) throws Exception {
        TestUser owner = platform.newUser("bench");
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            devices.add(platform.newDevice(owner.api(), "bench"));
        }
        System.out.printf("Registered %d devices%n", DEVICES);
        List<Long> rowIds = rowIds(platform, devices);
        long end = Instant.now().truncatedTo(ChronoUnit.MINUTES).toEpochMilli() / QUARTER_MS * QUARTER_MS;
        long start = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).minusDays(DAYS).toInstant().toEpochMilli();
        seedReadings(platform, rowIds, start, end);
        markStale(platform, rowIds, start, end);
        awaitRollups(platform);

        try (Browser baseline = Browser.desktop(platform); Browser browser = Browser.desktop(platform)) {
            browser.signIn(owner.email(), owner.password());
            browser.await(By.id("welcome"));
            long[] login = new long[RUNS];
            long[] dashboard = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                login[run] = measure(baseline, "/login", null);
                dashboard[run] = measure(browser, "/app/dashboard", "form:consumption");
                System.out.printf("Run %d: dashboard %d ms, login page %d ms%n", run + 1, dashboard[run], login[run]);
            }
            browser.screenshot("dashboard-benchmark");
            System.out.printf(Locale.ROOT, "Dashboard (%d devices, %d days): p50 %d ms, p95 %d ms (target %d ms);"
                    + " login page baseline: p50 %d ms, p95 %d ms%n", DEVICES, DAYS, percentile(dashboard, 50),
                    percentile(dashboard, 95), TARGET_MS, percentile(login, 50), percentile(login, 95));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static long measure(Browser browser, String path, String chartId) {
        browser.open(path);
        return ((Number) browser.driver().executeAsyncScript(PAINTED, chartId)).longValue();
    }

    private static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static List<Long> rowIds(Platform platform, List<String> devices) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = platform.database();
             PreparedStatement select = db.prepareStatement("SELECT id FROM device WHERE device_id = ?")) {
            for (String device : devices) {
                select.setString(1, device);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Quarter-hourly readings with a daily rhythm: a base load at night, more by day, each device a little different. */
    private static void seedReadings(Platform platform, List<Long> rowIds, long start, long end) throws Exception {
        long begun = System.nanoTime();
        long rows = 0;
        try (Connection db = platform.database();
             PreparedStatement insert = db.prepareStatement("INSERT INTO reading (device_id, ts, power_w, energy_wh) VALUES (?, ?, ?, ?)")) {
            db.setAutoCommit(false);
            for (int d = 0; d < rowIds.size(); d++) {
                double counterWh = 0;
                for (long ts = start; ts <= end; ts += QUARTER_MS) {
                    int hour = (int) (ts / 3_600_000 % 24);
                    double powerW = 40 + d % 7 * 5 + (hour >= 7 && hour < 22 ? 120 + (ts / QUARTER_MS * 31 + d) % 90 : 0);
                    insert.setLong(1, rowIds.get(d));
                    insert.setLong(2, ts);
                    insert.setDouble(3, powerW);
                    insert.setDouble(4, counterWh);
                    insert.addBatch();
                    counterWh += powerW / 4;
                    rows++;
                }
                insert.executeBatch();
                db.commit();
                if ((d + 1) % 20 == 0) {
                    System.out.printf("Seeded %d of %d devices, %,d readings, %d s%n", d + 1, rowIds.size(), rows,
                            Duration.ofNanos(System.nanoTime() - begun).toSeconds());
                }
            }
        }
    }

    /** The same marks the ingest writer leaves: one per device and UTC day, so the platform's rollup timer rolls them up. */
    private static void markStale(Platform platform, List<Long> rowIds, long start, long end) throws Exception {
        try (Connection db = platform.database();
             PreparedStatement mark = db.prepareStatement("INSERT INTO rollup_dirty (device_id, day, from_ts, to_ts) VALUES (?, ?, ?, ?)")) {
            db.setAutoCommit(false);
            for (long device : rowIds) {
                for (long day = start / 86_400_000; day <= end / 86_400_000; day++) {
                    mark.setLong(1, device);
                    mark.setLong(2, day);
                    mark.setLong(3, Math.max(start, day * 86_400_000));
                    mark.setLong(4, Math.min(end, (day + 1) * 86_400_000 - QUARTER_MS));
                    mark.addBatch();
                }
                mark.executeBatch();
            }
            db.commit();
        }
    }

    /** No deadline: how long the rollups of the seeded readings take is reported, not judged; progress every 10 s. */
    private static void awaitRollups(Platform platform) {
        long begun = System.nanoTime();
        await("the rollups of every marked device-day").forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(10))
                .conditionEvaluationListener(check -> {
                    if (!check.isSatisfied()) {
                        System.out.printf("Rolling up: %,d device-days to go, %d s%n", check.getValue(),
                                check.getElapsedTimeInMS() / 1000);
                    }
                })
                .until(() -> platform.queryLong("SELECT COUNT(*) FROM rollup_dirty"), stale -> stale == 0);
        System.out.printf("Rollups complete after %d s%n", Duration.ofNanos(System.nanoTime() - begun).toSeconds());
    }
}
