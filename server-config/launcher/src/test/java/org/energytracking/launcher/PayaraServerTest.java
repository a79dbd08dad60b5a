package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayaraServerTest {

    private final PayaraServer server = new PayaraServer("Payara Server", again -> "", Path.of("logs"), "768m", Map.of());

    @Test
    void commandLineComesFromTheDryRunWithOurHeapAndArtemisPoolSize() {
        String dryRun = """
                Dump of JVM Invocation line that would be used to launch:
                /usr/bin/java
                -cp
                glassfish.jar
                -Xmx512m
                com.sun.enterprise.glassfish.bootstrap.ASMain
                -domainname

                Command start-domain executed successfully.
                """;
        List<String> command = server.jvmCommand(dryRun);
        assertThat(command).first().isEqualTo("/usr/bin/java");
        assertThat(command).contains("-Xmx768m").doesNotContain("-Xmx512m", "Command start-domain executed successfully.");
        assertThat(command.get(1)).startsWith("-Dactivemq.artemis.client.global.thread.pool.max.size=");
        assertThat(command).contains("-XX:MaxHeapFreeRatio=20", "-XX:G1PeriodicGCInterval=60000");
        assertThat(command).endsWith("com.sun.enterprise.glassfish.bootstrap.ASMain", "-domainname");
    }

    @Test
    void dryRunWithoutACommandLineIsAnError() {
        assertThatThrownBy(() -> server.jvmCommand("Command start-domain failed."))
                .hasMessageContaining("no command line");
    }
}
