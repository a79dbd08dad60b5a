package org.energytracking.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code fault db-outage}: stops the platform's embedded MariaDB (SIGTERM, a clean shutdown), keeps
 * publishing while it is away, starts it again after the outage with the same command line, and
 * checks that /health/ready said DOWN meanwhile and UP after, and that every reading got stored.
 */
final class DatabaseOutageFault {

    /** Redeliveries back off up to a minute; the count may stand still that long after the restart. */
    private static final long REDELIVERY_STALL_MILLIS = 150_000;

    private final FaultOptions options;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    DatabaseOutageFault(FaultOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    boolean run() throws Exception {
        String run = "fault-db-" + Instant.now().getEpochSecond() + "-";
        long now = System.currentTimeMillis();
        // the same devices before and during the outage (reconnecting while it lasts), on disjoint times
        PhasePlan before = PhasePlan.create("before-outage", run, options.devices(), options.readings(), 1,
                now - 2 * PhasePlan.MIN_WINDOW_MS);
        PhasePlan during = PhasePlan.create("during-outage", run, options.devices(), options.readings(), 1, now);
        ProcessHandle server = embeddedServer(options.endpoints().dbUrl());
        List<String> commandLine = LocalProcesses.commandLine(server.pid());
        Path workingDir = Files.readSymbolicLink(Path.of("/proc/" + server.pid() + "/cwd"));
        Map<String, ApiAnswers.MqttLogin> logins = Benchmark.registerDevices(options.endpoints(), before);
        try (ReadingStore store = new ReadingStore(options.endpoints())) {
            publish(before, logins);
            store.awaitStored(before.name(), run + "%", before.expectedReadings(), 20_000);
        }
        long stoppedAt = System.nanoTime();
        server.destroy();
        server.onExit().get();
        System.err.printf(Locale.ROOT, "[db-outage] MariaDB (pid %d) stopped; publishing %d readings while it is away%n",
                server.pid(), during.expectedReadings());
        publish(during, logins);
        boolean downSeen = awaitReadiness(false, Duration.ofSeconds(30));
        long outageMillis = options.outageSeconds() * 1000L;
        Thread.sleep(Math.max(0, outageMillis - (System.nanoTime() - stoppedAt) / 1_000_000));
        Process restarted = new ProcessBuilder(commandLine).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("mariadb-after-outage.log").toFile()).start();
        System.err.printf(Locale.ROOT, "[db-outage] MariaDB started again after %d s (pid %d)%n",
                (System.nanoTime() - stoppedAt) / 1_000_000_000, restarted.pid());
        long restartedAt = System.nanoTime();
        boolean upSeen = awaitReadiness(true, Duration.ofSeconds(120));
        double upAfter = (System.nanoTime() - restartedAt) / 1e9;
        try (ReadingStore store = new ReadingStore(options.endpoints())) {
            long expected = before.expectedReadings() + during.expectedReadings();
            long stored = store.awaitStored(during.name(), run + "%", expected, REDELIVERY_STALL_MILLIS).count();
            double resumedAfter = (System.nanoTime() - restartedAt) / 1e9;
            boolean passed = downSeen && upSeen && stored == expected;
            System.out.printf(Locale.ROOT, """

                    db-outage: MariaDB away %d s; /health/ready DOWN while away: %s, UP %.1f s after its restart: %s
                      readings published %d (%d during the outage), stored %d, all stored %.1f s after the restart
                    verdict: %s
                    """, options.outageSeconds(), downSeen ? "yes" : "no", upAfter, upSeen ? "yes" : "no", expected,
                    during.expectedReadings(), stored, resumedAfter, passed ? "PASS" : "FAIL");
            return passed;
        }
    }

    private void publish(PhasePlan plan, Map<String, ApiAnswers.MqttLogin> logins) throws Exception {
        new PhaseRunner(options.endpoints().mqttUrl(), 1, Math.min(4, plan.devices()), plan.devicePrefix(), logins).publish(plan);
    }

    /** Polls /health/ready until it reports UP (true) or not (false). */
    private boolean awaitReadiness(boolean up, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.endpoints().httpUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if ((response.statusCode() == 200) == up) {
                    System.err.printf("[db-outage] /health/ready %d %s%n", response.statusCode(), response.body());
                    return true;
                }
            } catch (java.io.IOException notAnswering) {
                // the app server itself answers even while the database is away; keep asking
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The embedded MariaDB serving the JDBC URL's port; an external database is the operator's to stop. */
    static ProcessHandle embeddedServer(String jdbcUrl) {
        int port = URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                .filter(p -> LocalProcesses.commandLine(p.pid()).contains("--port=" + port))
                .findFirst()
                .orElseThrow(() -> new Args.UsageException("no embedded MariaDB of this platform on port " + port
                        + " (db-outage stops the launcher's own database; with DB_URL, stop yours by hand)"));
    }
}
