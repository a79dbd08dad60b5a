package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FaultOptionsTest {

    private static final Path NO_DATA = Path.of("target/no-such-data-dir");

    @Test
    void killAppDefaultsToAMillionReadingsKilledAtThirtyPercent() {
        FaultOptions options = FaultOptions.parse(new String[] {"kill-app"}, NO_DATA);
        assertThat(options.readings()).isEqualTo(1_000_000);
        assertThat(options.killAt()).isEqualTo(0.30);
        assertThat(options.batchSize()).isEqualTo(100);
    }

    @Test
    void hostileDefaultsToTenThousandHostileMessagesBesideTwentyThousandValidOnes() {
        FaultOptions options = FaultOptions.parse(new String[] {"hostile", "--hostile", "500"}, NO_DATA);
        assertThat(options.readings()).isEqualTo(20_000);
        assertThat(options.hostile()).isEqualTo(500);
    }

    @Test
    void databaseOutageLastsAMinuteAndBrokerRestartPublishesAHundredThousandReadings() {
        assertThat(FaultOptions.parse(new String[] {"db-outage"}, NO_DATA).outageSeconds()).isEqualTo(60);
        assertThat(FaultOptions.parse(new String[] {"broker-restart"}, NO_DATA).readings()).isEqualTo(100_000);
    }

    @Test
    void anUnknownFaultIsAUsageError() {
        assertThatThrownBy(() -> FaultOptions.parse(new String[] {"meteor"}, NO_DATA)).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> FaultOptions.parse(new String[0], NO_DATA)).isInstanceOf(Args.UsageException.class);
    }

    @Test
    void hostilePayloadsCycleThroughEveryKindWithOnlyTheOddTopicOffTheReadingsTopic() {
        HostilePayloads payloads = new HostilePayloads(1, 2);
        for (int i = 0; i < HostilePayloads.KINDS.size(); i++) {
            assertThat(payloads.payload(i)).isNotEmpty();
            assertThat(payloads.topicSuffix(i)).isEqualTo(payloads.kind(i).equals("odd-topic") ? "readings/../x%00 'DROP" : "readings");
        }
        int huge = HostilePayloads.KINDS.indexOf("huge");
        assertThat(payloads.payload(huge).length).isGreaterThan(HostilePayloads.HUGE_BYTES);
        assertThat(payloads.payload(huge + HostilePayloads.KINDS.size()).length).isBetween(300 * 1024, 301 * 1024);
        assertThat(new String(payloads.payload(HostilePayloads.KINDS.indexOf("nan-infinity")), StandardCharsets.UTF_8)).contains("NaN");
    }
}
