package org.energytracking.simulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The platform's processes on this machine, as the fault commands and the benchmark see them through
 * {@code DATA_DIR/endpoints.properties} and {@code /proc}: which pid is the app server, how a process
 * was started (to start it again the same way), and how big it is.
 */
final class LocalProcesses {

    private LocalProcesses() {
    }

    /** The endpoints again: after a restart the embedded database listens on a new port. */
    static Endpoints endpointsAfterRestart(FaultOptions options, Path dataDir) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            Path file = dataDir.resolve("endpoints.properties");
            if (Files.exists(file) && Files.getLastModifiedTime(file).toMillis() > System.currentTimeMillis() - 600_000) {
                Properties endpoints = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    endpoints.load(in);
                }
                if (ProcessHandle.of(Long.parseLong(endpoints.getProperty("payara.pid", "-1").trim())).isPresent()) {
                    return new Endpoints(options.endpoints().httpUrl(), options.endpoints().mqttUrl(), endpoints.getProperty("db.url"),
                            options.endpoints().dbUser(), options.endpoints().dbPassword(), options.endpoints().email(),
                            options.endpoints().password());
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the platform did not come back within 5 minutes");
    }

    /** The pid the launcher wrote for the application server it runs now. */
    static long payaraPid(Path dataDir) throws IOException {
        Properties endpoints = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve("endpoints.properties"), StandardCharsets.UTF_8)) {
            endpoints.load(in);
        }
        String pid = endpoints.getProperty("payara.pid");
        if (pid == null) {
            throw new IllegalStateException("no payara.pid in " + dataDir.resolve("endpoints.properties")
                    + ": is the platform running from this DATA_DIR?");
        }
        return Long.parseLong(pid.trim());
    }

    /** Resident memory of the app server and its launcher (the embedded broker), or -1 if they are not local. */
    static long platformResidentMb(Path dataDir) {
        try {
            long payara = payaraPid(dataDir);
            long launcher = ProcessHandle.of(payara).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
            return Vitals.of(payara).residentMb() + (launcher > 0 ? Vitals.of(launcher).residentMb() : 0);
        } catch (Exception notLocal) {
            return -1;
        }
    }

    /**
     * Resident MB of everything the run command leaves running: the app server, the launcher (with the broker), its
     * embedded database, and the Maven JVM that started the launcher; -1 when the platform is not on this machine.
     */
    static long wholePlatformResidentMb(Path dataDir) {
        try {
            ProcessHandle payara = ProcessHandle.of(payaraPid(dataDir)).orElseThrow();
            ProcessHandle launcher = payara.parent().orElseThrow();
            long mb = Vitals.of(launcher.pid()).residentMb();
            for (ProcessHandle child : launcher.children().toList()) {
                mb += Vitals.of(child.pid()).residentMb();
            }
            Optional<ProcessHandle> maven = launcher.parent().filter(p -> String.join(" ", commandLine(p.pid())).contains("plexus-classworlds"));
            return mb + (maven.isPresent() ? Vitals.of(maven.get().pid()).residentMb() : 0);
        } catch (Exception notLocal) {
            return -1;
        }
    }

    static List<String> commandLine(long pid) {
        try {
            String raw = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.UTF_8);
            return Arrays.stream(raw.split("\0")).filter(part -> !part.isEmpty()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static Map<String, String> environment(long pid) throws IOException {
        String raw = Files.readString(Path.of("/proc/" + pid + "/environ"), StandardCharsets.UTF_8);
        Map<String, String> environment = new HashMap<>();
        for (String entry : raw.split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }

    /** Threads and resident memory of a process, from /proc. */
    record Vitals(long threads, long residentMb) {
        static Vitals of(long pid) throws IOException {
            long threads = 0;
            long rssKb = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("Threads:")) {
                    threads = Long.parseLong(line.substring(8).trim());
                } else if (line.startsWith("VmRSS:")) {
                    rssKb = Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
            return new Vitals(threads, rssKb / 1024);
        }
    }
}
