package org.energytracking.simulator;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU ticks of each thread of a process (/proc/[pid]/task/[tid]/stat), to say which threads of the broker
 * took its time; names are what /proc keeps of them: the first 15 characters.
 */
record ThreadCpu(Map<Long, Named> threads) {

    record Named(String name, long ticks) {
    }

    record Used(long tid, String name, long ticks) {
    }

    static ThreadCpu read(long pid) throws IOException {
        Map<Long, Named> threads = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    threads.put(Long.parseLong(task.getFileName().toString()), parse(stat));
                } catch (IOException ended) {
                    // the thread ended while the directory was read
                }
            }
        }
        return new ThreadCpu(threads);
    }

    /** The name between the first '(' and the last ')', utime + stime after it (fields 14 and 15). */
    static Named parse(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new Named(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    }

    /** The {@code count} threads that used the most since {@code before} (threads born since count from zero). */
    List<Used> topSince(ThreadCpu before, int count) {
        List<Used> used = new ArrayList<>();
        threads.forEach((tid, now) -> {
            Named then = before.threads().get(tid);
            long ticks = now.ticks() - (then == null ? 0 : then.ticks());
            if (ticks > 0) {
                used.add(new Used(tid, now.name(), ticks));
            }
        });
        used.sort((a, b) -> Long.compare(b.ticks(), a.ticks()));
        return used.subList(0, Math.min(count, used.size()));
    }

    /** One line per thread: its name, cores and µs per message over the window. */
    static String describe(List<Used> used, double seconds, long messages) {
        StringBuilder sb = new StringBuilder();
        for (Used thread : used) {
            double cpuSeconds = thread.ticks() / FloorPhase.TICKS_PER_SECOND;
            sb.append(String.format(Locale.ROOT, "    %-16s %5.2f cores %8.1f µs/msg%n", thread.name(), cpuSeconds / seconds,
                    messages == 0 ? 0 : cpuSeconds * 1e6 / messages));
        }
        return sb.toString();
    }
}
