package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Main.run(new String[0])).isEqualTo(2);
        assertThat(Main.run(new String[] {"fly"})).isEqualTo(2);
        assertThat(Main.run(new String[] {"simulate", "--qos", "5"})).isEqualTo(2);
        assertThat(Main.run(new String[] {"--help"})).isZero();
    }

    @Test
    void describesACauseChainWithoutRepeating() {
        ConnectException root = new ConnectException("Connection refused");
        IOException wrapped = new IOException("API not reachable", new IOException(root.toString(), root));
        assertThat(Main.describe(wrapped))
                .isEqualTo("API not reachable: java.net.ConnectException: Connection refused");
    }
}
