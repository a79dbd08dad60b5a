package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateOptionsTest {

    @TempDir
    Path dataDir;

    private SimulateOptions parse(String... argv) {
        return SimulateOptions.parse(argv, dataDir);
    }

    @Test
    void defaults() {
        SimulateOptions o = parse();
        assertThat(o.devices()).isEqualTo(10);
        assertThat(o.rate()).isEqualTo(10.0);
        assertThat(o.forever()).isTrue();
        assertThat(o.qos()).isEqualTo(1);
        assertThat(o.batch()).isEqualTo(1);
        assertThat(o.prefix()).isEqualTo("sim-");
        assertThat(o.deviceId(0)).isEqualTo("sim-1");
        assertThat(o.endpoints()).isEqualTo(Endpoints.DEFAULTS);
    }

    @Test
    void allOptionsInBothSpellings() {
        SimulateOptions o = parse("--devices", "200", "--rate=50", "--duration", "30", "--qos", "0", "--batch=10",
                "--prefix", "lab_plug-", "--mqtt", "tcp://broker:1884");
        assertThat(o.devices()).isEqualTo(200);
        assertThat(o.rate()).isEqualTo(50.0);
        assertThat(o.durationSeconds()).isEqualTo(30);
        assertThat(o.forever()).isFalse();
        assertThat(o.qos()).isZero();
        assertThat(o.batch()).isEqualTo(10);
        assertThat(o.deviceId(199)).isEqualTo("lab_plug-200");
        assertThat(o.messageIntervalMillis()).isEqualTo(4_000.0);
        assertThat(o.endpoints().mqttUrl()).isEqualTo("tcp://broker:1884");
    }

    @Test
    void theFirstDeviceCanGoSilentOrSpikeForADemoOfAlerts() {
        assertThat(parse().disturbance()).isEqualTo(new Disturbance(0, 0, 60, 120));
        assertThat(parse("--offline-after", "120", "--spike", "2500", "--spike-at", "30", "--spike-for", "90").disturbance())
                .isEqualTo(new Disturbance(120, 2500, 30, 90));
    }

    @Test
    void durationAcceptsForeverAndSecondsSuffix() {
        assertThat(parse("--duration", "forever").forever()).isTrue();
        assertThat(parse("--duration", "90s").durationSeconds()).isEqualTo(90);
        assertThatThrownBy(() -> parse("--duration", "0")).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> parse("--duration", "soon")).hasMessageContaining("--duration");
    }

    @Test
    void rejectsBadValues() {
        assertThatThrownBy(() -> parse("--qos", "2")).isInstanceOf(Args.UsageException.class).hasMessageContaining("--qos");
        assertThatThrownBy(() -> parse("--devices", "0")).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> parse("--devices", "ten")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse("--rate", "0")).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> parse("--rate", "NaN")).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> parse("--prefix", "sim/")).hasMessageContaining("--prefix");
        assertThatThrownBy(() -> parse("--prefix", "x".repeat(63), "--devices", "10")).hasMessageContaining("64");
    }

    @Test
    void rejectsMoreThanOneReadingPerDeviceAndMillisecond() {
        assertThatThrownBy(() -> parse("--devices", "1", "--rate", "100", "--batch", "11"))
                .hasMessageContaining("1000 readings per device");
        assertThat(parse("--devices", "1", "--rate", "100", "--batch", "10").batch()).isEqualTo(10);
    }

    @Test
    void rejectsMalformedCommandLines() {
        assertThatThrownBy(() -> parse("--devices")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse("--devices", "--qos", "1")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse("--speed", "3")).hasMessageContaining("unknown option --speed");
        assertThatThrownBy(() -> parse("10")).hasMessageContaining("unexpected argument");
        assertThatThrownBy(() -> parse("--qos", "0", "--qos", "1")).hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("--readings", "5")).hasMessageContaining("unknown option");
    }
}
