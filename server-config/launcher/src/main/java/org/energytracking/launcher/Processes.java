package org.energytracking.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class Processes {

    private Processes() {
    }

    /** Runs a command to its end with its output in a log file; fails with the log's tail. */
    static String runToCompletion(List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        int exit = process.waitFor();
        String output = Files.readString(log);
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + exit + "):\n" + tail(output, 30));
        }
        return output;
    }

    static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
