package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.analytics.entity.UsageFixtures.BERLIN;
import static org.energytracking.analytics.entity.UsageFixtures.UTC;
import static org.energytracking.analytics.entity.UsageFixtures.quarter;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeakDemandTest {

    private static OffsetDateTime at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime);
    }

    private static PeakDemand peak(ZoneId zone, UsageQuarter... entries) {
        return PeakDemand.of(SiteQuarter.sumByStart(List.of(entries)), zone);
    }

    @Test
    void peakIsTheHighestQuarterAsAveragePower() {
        PeakDemand peak = peak(UTC, quarter("2026-03-09T10:00:00Z", 100), quarter("2026-03-09T10:15:00Z", 312.5),
                quarter("2026-03-09T10:30:00Z", 200));
        assertThat(peak).isEqualTo(new PeakDemand(new BigDecimal("1250.000"), at("2026-03-09T10:15Z")));
    }

    @Test
    void incompleteBucketsAreIgnored() {
        PeakDemand peak = peak(UTC, quarter("2026-03-09T10:00:00Z", 100),
                quarter("2026-03-09T10:15:00Z", 900, 899_999));
        assertThat(peak.powerW()).isEqualTo(new BigDecimal("400.000"));
    }

    @Test
    void aBucketWithOneIncompleteEntryIsIncomplete() {
        PeakDemand peak = peak(UTC, quarter("2026-03-09T10:00:00Z", 100),
                quarter("2026-03-09T10:15:00Z", 300), quarter("2026-03-09T10:15:00Z", 300, 600_000));
        assertThat(peak.powerW()).isEqualTo(new BigDecimal("400.000"));
    }

    @Test
    void devicesOfASiteAreSummedPerStart() {
        PeakDemand peak = peak(UTC, quarter("2026-03-09T10:00:00Z", 500),
                quarter("2026-03-09T10:15:00Z", 300), quarter("2026-03-09T10:15:00Z", 300));
        assertThat(peak).isEqualTo(new PeakDemand(new BigDecimal("2400.000"), at("2026-03-09T10:15Z")));
    }

    @Test
    void theEarliestOfEqualPeaksIsReported() {
        PeakDemand peak = peak(UTC, quarter("2026-03-09T12:00:00Z", 100), quarter("2026-03-09T10:00:00Z", 100));
        assertThat(peak.at()).isEqualTo(at("2026-03-09T10:00Z"));
    }

    @Test
    void whenIsLocalAndTellsTheRunsOfAFallBackHourApart() {
        PeakDemand peak = peak(BERLIN, quarter("2026-10-25T00:15:00Z", 100), quarter("2026-10-25T01:15:00Z", 200));
        assertThat(peak.at()).isEqualTo(at("2026-10-25T02:15+01:00"));
    }

    @Test
    void noPeakWithoutACompleteBucket() {
        assertThat(peak(UTC, quarter("2026-03-09T10:00:00Z", 100, 0))).isNull();
        assertThat(peak(UTC)).isNull();
    }
}
