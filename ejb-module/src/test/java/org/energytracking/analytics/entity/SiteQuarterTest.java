package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.analytics.entity.UsageFixtures.COMPLETE;
import static org.energytracking.analytics.entity.UsageFixtures.priced;
import static org.energytracking.analytics.entity.UsageFixtures.quarter;
import static org.energytracking.analytics.entity.UsageFixtures.at;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteQuarterTest {

    @Test
    void entriesWithTheSameStartAreSummedIntoOneBucketInOrderOfStart() {
        List<SiteQuarter> buckets = SiteQuarter.sumByStart(List.of(
                quarter("2026-03-09T10:15:00Z", 40),
                quarter("2026-03-09T10:00:00Z", 100),
                priced("2026-03-09T10:00:00Z", 25.5, "0.01", "peak"),
                priced("2026-03-09T10:00:00Z", 4.5, "0.001", "off-peak")));
        assertThat(buckets).containsExactly(
                new SiteQuarter(at("2026-03-09T10:00:00Z").toEpochMilli(), 130, COMPLETE),
                new SiteQuarter(at("2026-03-09T10:15:00Z").toEpochMilli(), 40, COMPLETE));
    }

    @Test
    void aBucketIsKnownAsFarAsItsLeastKnownEntry() {
        SiteQuarter bucket = SiteQuarter.sumByStart(List.of(
                quarter("2026-03-09T10:00:00Z", 100),
                quarter("2026-03-09T10:00:00Z", 50, 600_000))).get(0);
        assertThat(bucket.knownMs()).isEqualTo(600_000);
        assertThat(bucket.complete()).isFalse();
    }

    @Test
    void knownTimeStaysWithinTheFifteenMinutes() {
        assertThat(new SiteQuarter(0, 1, 2 * COMPLETE).knownWithinMs()).isEqualTo(COMPLETE);
        assertThat(new SiteQuarter(0, 1, -5).knownWithinMs()).isZero();
        assertThat(new SiteQuarter(0, 1, COMPLETE).complete()).isTrue();
    }

    @Test
    void averagePowerIsFourTimesTheQuartersEnergy() {
        assertThat(new SiteQuarter(0, 125, COMPLETE).averagePowerW()).isEqualTo(500.0);
    }
}
