package org.energytracking.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Payara Server 6 (full profile) as a child process. asadmin's dry run gives the exact JVM command
 * line of the domain (the approach of Payara's own container images), which the launcher runs
 * itself: the server is then a direct child that stops on SIGTERM, with no asadmin JVM in between.
 */
final class PayaraServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());
    private static final int MDB_DELIVERY_THREADS = 160;
    /**
     * A server at rest gives back what load made it take: G1 collects when idle and shrinks the heap
     * to 20 % free; glibc keeps one 64 MB malloc arena per busy thread otherwise (measured: 150 MB).
     */
    static final List<String> RETURN_IDLE_MEMORY = List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20",
            "-XX:G1PeriodicGCInterval=60000");
    static final Map<String, String> FEW_MALLOC_ARENAS = Map.of("MALLOC_ARENA_MAX", "2");
    private final String name;
    private final DryRun dryRun;
    private final Path logs;
    private final String heap;
    private final Map<String, String> environment;
    private volatile Process process;

    /** How asadmin prints the server's command line: {@code again} after the server died. */
    @FunctionalInterface
    interface DryRun {
        String print(boolean again) throws IOException, InterruptedException;
    }

    /**
     * {@code logs}: the server's log directory; {@code environment}: added to the launcher's own for the server
     * (the application reads settings from it).
     */
    PayaraServer(String name, DryRun dryRun, Path logs, String heap, Map<String, String> environment) {
        this.name = name;
        this.dryRun = dryRun;
        this.logs = logs;
        this.heap = heap;
        this.environment = environment;
    }

    /** The DAS of {@code domain}, configured by the rendered preboot and postboot scripts. */
    static PayaraServer domainAdminServer(PayaraDomain domain, String heap, Map<String, String> scriptValues,
                                          List<String> postbootScripts, Map<String, String> environment) {
        return new PayaraServer("Payara Server", again -> domain.dryRun(again, scriptValues, postbootScripts),
                domain.domainDir().resolve("logs"), heap, environment);
    }

    /** Starts it again after it died (the DAS on a fresh copy of its domain, an instance synchronised anew). */
    void restart() throws IOException, InterruptedException {
        launch(true);
    }

    void start() throws IOException, InterruptedException {
        launch(false);
    }

    private void launch(boolean again) throws IOException, InterruptedException {
        List<String> command = jvmCommand(dryRun.print(again));
        Path console = logs.resolve("console.log");
        Files.createDirectories(logs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(FEW_MALLOC_ARENAS);
        builder.environment().putAll(environment);
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        LOG.info(() -> name + " started as process " + process.pid() + ", log in " + serverLog());
    }

    /** The lines after the dump header up to the first blank line, one argument per line. */
    List<String> jvmCommand(String dryRun) {
        List<String> command = new ArrayList<>();
        boolean inside = false;
        for (String line : dryRun.lines().toList()) {
            if (line.startsWith("Dump of JVM Invocation line")) {
                inside = true;
            } else if (inside && line.isBlank()) {
                break;
            } else if (inside) {
                command.add(line.startsWith("-Xmx") ? "-Xmx" + heap : line);
            }
        }
        if (command.isEmpty()) {
            throw new IllegalStateException("asadmin's dry run printed no command line:\n" + dryRun);
        }
        // MDB deliveries run on the Artemis client's global pool (8 threads per core by default),
        // which would cap the MDB sessions, and so the readings per group commit, at 16 here.
        command.add(1, "-Dactivemq.artemis.client.global.thread.pool.max.size=" + MDB_DELIVERY_THREADS);
        command.addAll(2, RETURN_IDLE_MEMORY);
        return command;
    }

    Path serverLog() {
        return logs.resolve("server.log");
    }

    String name() {
        return name;
    }

    /**
     * Waits until the application reports ready, or fails if the server dies or time runs out.
     * Payara answers /health/ready with UP before any application is deployed, so readiness also
     * needs the application's own database check in the answer.
     */
    void awaitReady(String readyUrl, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(readyUrl)).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + "; see " + serverLog());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
                    return;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (IOException notYet) {
                lastAnswer = notYet.toString();
            }
            Thread.sleep(250);
        }
        throw new IOException("not ready after " + timeout.toSeconds() + " s (last answer: " + lastAnswer + "); see " + serverLog());
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    Process process() {
        return process;
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                LOG.warning(() -> name + " did not stop within 45 s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
