package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloorOptionsTest {

    @Test
    void defaultsMeasureTheBenchmarksSteadyRateAndFlatOutAgainstTheRunCommandsBroker() {
        FloorOptions options = FloorOptions.parse(new String[0]);
        assertThat(options.rate()).isEqualTo(2_000);
        assertThat(options.seconds()).isEqualTo(60);
        assertThat(options.flatSeconds()).isEqualTo(60);
        assertThat(options.sessions()).isEqualTo(128);
        assertThat(options.windowBytes()).isEqualTo(16_384);
        assertThat(options.brokerSettings()).isEmpty();
        assertThat(options.launcherJar()).isEqualTo(Path.of("server-config/launcher/target/launcher.jar"));
        assertThat(options.jfr()).isEmpty();
    }

    @Test
    void brokerSettingsAreACommaSeparatedListOfNameValuePairs() {
        FloorOptions options = FloorOptions.parse(new String[] {"--broker-settings",
            "journal-type=ASYNCIO, journal-buffer-timeout=1000000,", "--jfr", "/tmp/b.jfr"});
        assertThat(options.brokerSettings()).containsExactly("journal-type=ASYNCIO", "journal-buffer-timeout=1000000");
        assertThat(options.jfr()).contains(Path.of("/tmp/b.jfr"));
        assertThatThrownBy(() -> FloorOptions.settings("journal-type")).hasMessageContaining("not name=value");
    }

    @Test
    void clientsNeverOutnumberDevicesAndSomethingMustBeMeasured() {
        assertThat(FloorOptions.parse(new String[] {"--devices", "2", "--clients", "8"}).clients()).isEqualTo(2);
        assertThatThrownBy(() -> FloorOptions.parse(new String[] {"--seconds", "0", "--flat-seconds", "0"}))
                .hasMessageContaining("nothing to measure");
        assertThat(FloorOptions.parse(new String[] {"--seconds", "0"}).flatSeconds()).isEqualTo(60);
        assertThat(List.of(FloorOptions.parse(new String[] {"--flat-seconds", "0"}).seconds())).containsExactly(60L);
    }
}
