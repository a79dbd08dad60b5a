package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The first run downloads Payara (170 MB); Maven's per-chunk transfer lines would bury the launcher's own progress. */
class QuietBuildTest {

    @Test
    void theBuildRunsWithoutTransferProgress() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        assertThat(Files.readString(root.resolve(".mvn/maven.config"))).contains("--no-transfer-progress");
    }
}
