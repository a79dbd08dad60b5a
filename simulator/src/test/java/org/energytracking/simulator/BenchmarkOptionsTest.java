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
        assertThat(o.steadyRate()).as("the rate of the latency and growth targets").isEqualTo(2_000);
        assertThat(o.steadySeconds()).as("the issue's 10-minute run").isEqualTo(600);
        assertThat(o.pollMillis()).as("10 polls/s: within the API's default 600 requests/min").isEqualTo(100);
    }

    @Test
    void steadyOptions() {
        BenchmarkOptions o = BenchmarkOptions.parse(new String[] {"--devices", "4", "--readings", "2000", "--steady-rate", "500",
                "--steady-seconds", "20", "--poll-ms", "25"}, dataDir);
        assertThat(o.steadyRate()).isEqualTo(500);
        assertThat(o.steadySeconds()).isEqualTo(20);
        assertThat(o.pollMillis()).isEqualTo(25);
        assertThat(BenchmarkOptions.parse(new String[] {"--devices", "1", "--readings", "10", "--steady-seconds", "0"}, dataDir)
                .steadySeconds()).isZero();
    }

    @Test
    void theSteadyPhaseUsesADeviceForEveryThousandMessagesPerSecondAtLeast() {
        assertThat(BenchmarkOptions.parse(new String[] {"--devices", "4", "--steady-rate", "5000"}, dataDir).steadyDevices())
                .isEqualTo(5);
        assertThat(BenchmarkOptions.parse(new String[] {"--devices", "4", "--steady-rate", "4000"}, dataDir).steadyDevices())
                .isEqualTo(4);
        assertThat(BenchmarkOptions.parse(new String[] {"--devices", "50", "--steady-rate", "5001"}, dataDir).steadyDevices())
                .isEqualTo(50);
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--poll-ms", "5"}, dataDir))
                .isInstanceOf(Args.UsageException.class);
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
