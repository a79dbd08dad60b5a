package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkOptionsTest {

    @TempDir
    Path dataDir;

    @Test
    void defaults() {
        BenchmarkOptions o = BenchmarkOptions.parse(new String[0], dataDir);
        assertThat(o.devices()).isEqualTo(10);
        assertThat(o.readings()).isEqualTo(100_000);
        assertThat(o.batchSize()).isEqualTo(100);
        assertThat(o.qos()).isEqualTo(1);
        assertThat(o.clients()).isEqualTo(4);
    }

    @Test
    void options() {
        BenchmarkOptions o = BenchmarkOptions.parse(new String[] {"--devices", "2", "--readings", "1_000_000",
                "--batch-size", "500", "--qos", "0", "--db-url", "jdbc:mariadb://db:3307/energy"}, dataDir);
        assertThat(o.devices()).isEqualTo(2);
        assertThat(o.readings()).isEqualTo(1_000_000);
        assertThat(o.batchSize()).isEqualTo(500);
        assertThat(o.qos()).isZero();
        assertThat(o.clients()).as("never more clients than devices").isEqualTo(2);
        assertThat(o.endpoints().dbUrl()).isEqualTo("jdbc:mariadb://db:3307/energy");
    }

    @Test
    void rejectsBadValues() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--readings", "5"}, dataDir))
                .isInstanceOf(Args.UsageException.class).hasMessageContaining("at least --devices");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--batch-size", "0"}, dataDir))
                .isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--batch-size", "2001"}, dataDir))
                .as("over the platform's 256 KiB payload limit").isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--batch", "10"}, dataDir))
                .hasMessageContaining("unknown option --batch");
    }
}
