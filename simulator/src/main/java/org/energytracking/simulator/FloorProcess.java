package org.energytracking.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A child JVM of {@code broker-floor} (the floor broker or its consumer, from launcher.jar): its stderr goes to a
 * log file, its stdout is watched for {@code ready} and for {@code consumed N} lines.
 */
final class FloorProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicLong consumed = new AtomicLong();

    private FloorProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread reader = new Thread(this::watch, name + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    static FloorProcess start(String name, List<String> jvmArgs, Path launcherJar, String mainClass, List<String> args,
                              Map<String, String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", launcherJar.toString(), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(environment);
        return new FloorProcess(name, builder.start());
    }

    private void watch() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals("ready")) {
                    ready.countDown();
                } else if (line.startsWith("consumed ")) {
                    consumed.set(Long.parseLong(line.substring(9).trim()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended; awaitReady and the counts say so
        }
    }

    void awaitReady(long seconds) throws InterruptedException {
        if (!ready.await(seconds, TimeUnit.SECONDS) || !process.isAlive()) {
            throw new IllegalStateException(name + " did not become ready within " + seconds + " s (see its log)");
        }
    }

    long pid() {
        return process.pid();
    }

    /** Messages the consumer had acknowledged at its last report (it reports every 200 ms). */
    long consumed() {
        return consumed.get();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the broker's shutdown hook stops it cleanly
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
