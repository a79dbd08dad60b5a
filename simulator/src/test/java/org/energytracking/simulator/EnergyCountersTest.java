package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyCountersTest {

    @TempDir
    Path dir;

    @Test
    void savesAndMergesCounters() throws Exception {
        Path file = dir.resolve("sub/simulator-energy.properties");
        assertThat(EnergyCounters.load(file)).isEmpty();
        EnergyCounters.save(file, Map.of("sim-1", 1234.5, "sim-2", 10.25));
        EnergyCounters.save(file, Map.of("sim-2", 20.5));
        assertThat(EnergyCounters.load(file)).isEqualTo(Map.of("sim-1", 1234.5, "sim-2", 20.5));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
