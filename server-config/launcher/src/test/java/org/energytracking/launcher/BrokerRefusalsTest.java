package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerRefusalsTest {

    private final BrokerRefusals refusals = new BrokerRefusals();

    @Test
    void aClientRefusedManyTimesGivesOneLineWithItsCount() {
        for (int i = 0; i < 250; i++) {
            refusals.record("intruder-1", "CREATE_ADDRESS on devices.victim-" + i + ".readings");
        }
        refusals.record("ghost", "login from 10.0.0.9:4711: unknown device or no MQTT credentials");
        assertThat(refusals.drain("minute")).containsExactly(
                "Broker refused ghost 1 time in the last minute (last: login from 10.0.0.9:4711: unknown device or no MQTT credentials)",
                "Broker refused intruder-1 250 times in the last minute (last: CREATE_ADDRESS on devices.victim-249.readings)");
    }

    @Test
    void eachReportCountsOnlySinceThePreviousOne() {
        refusals.record("intruder-1", "CREATE_ADDRESS on x");
        refusals.drain("minute");
        assertThat(refusals.drain("minute")).isEmpty();
    }

    @Test
    void aStormFromManyClientsIsCutToTwentyLinesAndACount() {
        for (int i = 0; i < 25; i++) {
            refusals.record(String.format("device-%02d", i), "login from ?: wrong secret");
        }
        assertThat(refusals.drain("minute")).hasSize(21).last().isEqualTo("Broker refused 5 more clients in the last minute");
    }
}
