package org.energytracking.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the machine's CPU went while a phase published: the publisher (this JVM), the broker (the
 * launcher's JVM), the app server and the embedded database, read from /proc, as cores and as CPU time
 * per message. It says what a rate costs on this machine, and so which rates it cannot reach.
 */
record CpuShare(List<Part> parts, int machineCores, double busyCores, double seconds, long messages) {

    /** /proc/[pid]/stat counts in USER_HZ, which Linux fixes at 100 for user space. */
    private static final double TICKS_PER_SECOND = 100;

    record Part(String name, double cores) {
    }

    /** CPU of the parts that are the platform (everything but the publisher) per message, in µs. */
    double platformMicrosPerMessage() {
        double cores = parts.stream().filter(p -> !p.name().equals("publisher")).mapToDouble(Part::cores).sum();
        return micros(cores);
    }

    /** CPU of one named part per message, in µs; 0 when it was not measured. */
    double microsPerMessage(String part) {
        return micros(parts.stream().filter(p -> p.name().equals(part)).mapToDouble(Part::cores).sum());
    }

    String summary() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "CPU while publishing (%d cores, %.2f busy) in cores and µs per message:", machineCores, busyCores));
        double named = 0;
        for (Part part : parts) {
            sb.append(String.format(Locale.ROOT, " %s %.2f (%.0f µs)", part.name(), part.cores(), micros(part.cores())));
            named += part.cores();
        }
        sb.append(String.format(Locale.ROOT, ", rest %.2f%n", Math.max(0, busyCores - named)));
        double platform = platformMicrosPerMessage();
        sb.append(String.format(Locale.ROOT, "  the platform took %.0f µs of CPU per message: 10,000 msgs/s would need %.1f cores"
                + " for it alone%n", platform, platform * 10_000 / 1e6));
        return sb.toString();
    }

    private double micros(double cores) {
        return messages == 0 ? 0 : cores * seconds * 1e6 / messages;
    }

    /** Tick counts taken when a phase starts; empty when the platform does not run on this machine. */
    static final class Meter {
        private final Map<String, Long> pids;
        private final Map<String, Long> startTicks = new LinkedHashMap<>();
        private final long startMachine;
        private final long startNanos = System.nanoTime();

        private Meter(Map<String, Long> pids) throws IOException {
            this.pids = pids;
            for (Map.Entry<String, Long> entry : pids.entrySet()) {
                startTicks.put(entry.getKey(), ticks(entry.getValue()));
            }
            startMachine = machineTicks();
        }

        static Optional<Meter> start(Path dataDir) {
            try {
                long payara = LocalProcesses.payaraPid(dataDir);
                Map<String, Long> pids = new LinkedHashMap<>();
                pids.put("publisher", ProcessHandle.current().pid());
                ProcessHandle.of(payara).flatMap(ProcessHandle::parent).ifPresent(launcher -> {
                    pids.put("broker", launcher.pid());
                    launcher.children().filter(child -> child.info().command().orElse("").endsWith("mariadbd"))
                            .findFirst().ifPresent(db -> pids.put("database", db.pid()));
                });
                pids.put("app server", payara);
                return Optional.of(new Meter(pids));
            } catch (IOException | RuntimeException notLocal) {
                return Optional.empty();
            }
        }

        Optional<CpuShare> stop(long messages) {
            try {
                double seconds = (System.nanoTime() - startNanos) / 1e9;
                List<Part> parts = new ArrayList<>();
                for (Map.Entry<String, Long> entry : pids.entrySet()) {
                    long used = ticks(entry.getValue()) - startTicks.get(entry.getKey());
                    parts.add(new Part(entry.getKey(), used / TICKS_PER_SECOND / seconds));
                }
                double busy = (machineTicks() - startMachine) / TICKS_PER_SECOND / seconds;
                return Optional.of(new CpuShare(parts, Runtime.getRuntime().availableProcessors(), busy, seconds, messages));
            } catch (IOException | RuntimeException gone) {
                return Optional.empty(); // a process ended meanwhile
            }
        }

        /** utime + stime: fields 14 and 15 of /proc/[pid]/stat, counted after the command's closing parenthesis. */
        static long ticks(long pid) throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }

        /** Busy ticks of all cores: the "cpu" line of /proc/stat less idle and iowait. */
        static long machineTicks() throws IOException {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(fields[i]);
            }
            return busy;
        }
    }
}
