package org.energytracking.simulator;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Remembers each simulated device's energy counter between runs (a properties file), so a restarted
 * simulator continues the counters instead of starting them anew lower than before.
 */
final class EnergyCounters {

    private EnergyCounters() {
    }

    static Map<String, Double> load(Path file) {
        Map<String, Double> counters = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return counters;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            System.err.println("warning: cannot read " + file + ": " + e.getMessage());
            return counters;
        }
        for (String key : properties.stringPropertyNames()) {
            try {
                counters.put(key, Double.parseDouble(properties.getProperty(key)));
            } catch (NumberFormatException e) {
                System.err.println("warning: ignoring energy counter " + key + " in " + file);
            }
        }
        return counters;
    }

    /** Merges {@code counters} into the file (other devices' entries are kept); failures are only reported. */
    static void save(Path file, Map<String, Double> counters) {
        Properties properties = new Properties();
        load(file).forEach((id, wh) -> properties.setProperty(id, Double.toString(wh)));
        counters.forEach((id, wh) -> properties.setProperty(id, Double.toString(wh)));
        Path tmp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "energy", ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                properties.store(out, "energy counters (Wh) of simulated devices");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(tmp);
            System.err.println("warning: cannot save energy counters to " + file + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            if (path != null) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
