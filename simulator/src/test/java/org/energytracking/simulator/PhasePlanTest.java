package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhasePlanTest {

    private static final long NOW = 1_764_259_200_000L;
    private static final long DAY = 86_400_000L;

    @Test
    void spreadsReadingsOverDevicesAndCountsMessages() {
        PhasePlan plan = PhasePlan.create("batch", "bench-1-b-", 3, 1_001, 100, NOW);
        assertThat(plan.readingsPerDevice()).containsExactly(334, 334, 333);
        assertThat(plan.expectedReadings()).isEqualTo(1_001);
        assertThat(plan.messages()).isEqualTo(4 + 4 + 4);
        assertThat(plan.rounds()).isEqualTo(4);
        assertThat(plan.deviceId(2)).isEqualTo("bench-1-b-3");
        assertThat(plan.deviceIdPattern()).isEqualTo("bench-1-b-%");
        assertThat(PhasePlan.create("single", "p-", 10, 100_000, 1, NOW).messages()).isEqualTo(100_000);
    }

    @Test
    void tsValuesAreUniqueAndInTheHoursBeforeNow() {
        PhasePlan plan = PhasePlan.create("single", "p-", 10, 100_000, 1, NOW);
        Set<Long> seen = new HashSet<>();
        for (long j = 0; j < plan.readingsPerDevice()[0]; j++) {
            assertThat(seen.add(plan.ts(j))).isTrue();
        }
        long last = plan.ts(plan.readingsPerDevice()[0] - 1);
        assertThat(plan.ts(0)).isGreaterThan(NOW - DAY);
        assertThat(last).isLessThan(NOW);
        assertThat(plan.stepMs()).isGreaterThan(1);
    }

    @Test
    void moreReadingsThanMillisecondsReachFurtherBackButNeverIntoTheFuture() {
        long perDevice = 50_000_000;
        PhasePlan plan = PhasePlan.create("single", "p-", 1, perDevice, 1, NOW);
        assertThat(plan.stepMs()).isEqualTo(1);
        assertThat(plan.ts(perDevice - 1)).isLessThan(NOW);
        assertThat(plan.ts(0)).isGreaterThan(NOW - 60L * 30 * DAY);
    }
}
