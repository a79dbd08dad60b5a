package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

class StaleRollupsTest {

    private static final long DAY = StaleRollups.DAY_MILLIS;

    @Test
    void oneRangePerDeviceAndUtcDayFromEarliestToLatestReading() {
        PendingWrite first = new PendingWrite(7, List.of(reading(DAY + 500), reading(DAY + 100), reading(3 * DAY + 1)));
        PendingWrite second = new PendingWrite(7, List.of(reading(DAY + 900)));
        PendingWrite other = new PendingWrite(3, List.of(reading(DAY + 50)));

        var ranges = StaleRollups.of(List.of(first, second, other));

        assertThat(ranges).containsExactly(
                java.util.Map.entry(new StaleRollups.Key(3, 1), new StaleRollups.Range(DAY + 50, DAY + 50)),
                java.util.Map.entry(new StaleRollups.Key(7, 1), new StaleRollups.Range(DAY + 100, DAY + 900)),
                java.util.Map.entry(new StaleRollups.Key(7, 3), new StaleRollups.Range(3 * DAY + 1, 3 * DAY + 1)));
    }

    @Test
    void readingsBefore1970FallOnNegativeDaysNotDayZero() {
        assertThat(StaleRollups.of(List.of(new PendingWrite(1, List.of(reading(-1))))).keySet())
                .containsExactly(new StaleRollups.Key(1, -1));
    }

    @Test
    void markWidensAnExistingRangeAndBumpsItsVersion() {
        String sql = StaleRollups.sql(2);
        assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(8);
        assertThat(sql).contains("LEAST(from_ts, VALUES(from_ts))").contains("GREATEST(to_ts, VALUES(to_ts))")
                .contains("version = version + 1");
    }

    private static Reading reading(long ts) {
        return new Reading("d", ts, 1.0, null, null, null, null);
    }
}
