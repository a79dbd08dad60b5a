package org.energytracking.ingest.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-27T16:00:00Z");

    @Test
    void firstPlanCoversTheWholeRetentionAndTheMonthsAhead() {
        PartitionPlan plan = PartitionPlan.of(Map.of("p_before_1970", 0L), NOW, 60, 3);
        assertThat(plan.toAdd()).hasSize(64);
        assertThat(plan.toAdd().get(0).name()).isEqualTo("p202111");
        assertThat(plan.toAdd().get(63).name()).isEqualTo("p202702");
        assertThat(plan.toDrop()).containsExactly("p_before_1970");
    }

    @Test
    void partitionBoundsAreTheFirstInstantsOfTheMonthsInUtc() {
        MonthlyPartition november = new MonthlyPartition(java.time.YearMonth.of(2026, 11));
        assertThat(november.fromTs()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z").toEpochMilli());
        assertThat(november.lessThan()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z").toEpochMilli());
        assertThat(november.definition()).isEqualTo("PARTITION p202611 VALUES LESS THAN (" + november.lessThan() + ")");
    }

    @Test
    void laterPlanAddsOnlyTheNewMonthAndDropsTheOneThatLeftRetention() {
        Map<String, Long> existing = new java.util.HashMap<>();
        for (java.time.YearMonth m = java.time.YearMonth.of(2021, 11); !m.isAfter(java.time.YearMonth.of(2027, 2)); m = m.plusMonths(1)) {
            MonthlyPartition p = new MonthlyPartition(m);
            existing.put(p.name(), p.lessThan());
        }
        PartitionPlan plan = PartitionPlan.of(existing, Instant.parse("2026-12-02T00:00:00Z"), 60, 3);
        assertThat(plan.toAdd()).extracting(MonthlyPartition::name).containsExactly("p202703");
        assertThat(plan.toDrop()).containsExactly("p202111");
    }

    @Test
    void nothingToDoWhenEverythingIsInPlace() {
        PartitionPlan first = PartitionPlan.of(Map.of("p_before_1970", 0L), NOW, 60, 3);
        Map<String, Long> existing = new java.util.HashMap<>();
        first.toAdd().forEach(p -> existing.put(p.name(), p.lessThan()));
        assertThat(PartitionPlan.of(existing, NOW, 60, 3).isEmpty()).isTrue();
    }
}
