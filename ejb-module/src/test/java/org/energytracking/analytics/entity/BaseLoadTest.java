package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.energytracking.analytics.entity.UsageFixtures.BERLIN;
import static org.energytracking.analytics.entity.UsageFixtures.UTC;
import static org.energytracking.analytics.entity.UsageFixtures.local;
import static org.energytracking.analytics.entity.UsageFixtures.quarter;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BaseLoadTest {

    private static final double[] KNOWN = {35, 20, 50, 15, 40};

    private static BigDecimal baseLoad(ZoneId zone, UsageQuarter... entries) {
        return BaseLoad.powerW(SiteQuarter.sumByStart(List.of(entries)), zone);
    }

    @Test
    void nearestRankOnAKnownList() {
        assertThat(BaseLoad.nearestRank(KNOWN, 5)).isEqualTo(15);
        assertThat(BaseLoad.nearestRank(KNOWN, 30)).isEqualTo(20);
        assertThat(BaseLoad.nearestRank(KNOWN, 40)).isEqualTo(20);
        assertThat(BaseLoad.nearestRank(KNOWN, 50)).isEqualTo(35);
        assertThat(BaseLoad.nearestRank(KNOWN, 100)).isEqualTo(50);
        assertThat(BaseLoad.nearestRank(KNOWN, 0)).isEqualTo(15);
    }

    @Test
    void tenthPercentileTakesTheValueAtRankCeilingOfATenth() {
        double[] oneToTwenty = IntStream.rangeClosed(1, 20).asDoubleStream().toArray();
        double[] oneToEleven = IntStream.rangeClosed(1, 11).asDoubleStream().toArray();
        assertThat(BaseLoad.nearestRank(oneToTwenty, 10)).isEqualTo(2);
        assertThat(BaseLoad.nearestRank(oneToEleven, 10)).isEqualTo(2);
        assertThat(BaseLoad.nearestRank(new double[] {7}, 10)).isEqualTo(7);
    }

    @Test
    void percentileOfNothingOrOutOfRangeIsRefused() {
        assertThatThrownBy(() -> BaseLoad.nearestRank(new double[0], 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BaseLoad.nearestRank(KNOWN, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void baseLoadIsTheTenthPercentileOfNightQuartersAsPower() {
        BigDecimal baseLoad = baseLoad(UTC,
                quarter("2026-03-09T00:00:00Z", 80), quarter("2026-03-09T02:15:00Z", 40),
                quarter("2026-03-09T04:45:00Z", 100), quarter("2026-03-09T12:00:00Z", 10));
        assertThat(baseLoad).isEqualTo(new BigDecimal("160.000"));
    }

    @Test
    void nightIsFromMidnightToFiveLocalTime() {
        BigDecimal baseLoad = baseLoad(BERLIN,
                quarter(local("2026-01-09T23:45", BERLIN), 1),
                quarter(local("2026-01-10T00:00", BERLIN), 50),
                quarter(local("2026-01-10T04:45", BERLIN), 60),
                quarter(local("2026-01-10T05:00", BERLIN), 2));
        assertThat(baseLoad).isEqualTo(new BigDecimal("200.000"));
    }

    @Test
    void incompleteNightQuartersDoNotCountAndSiteEntriesAreSummed() {
        BigDecimal baseLoad = baseLoad(UTC,
                quarter("2026-03-09T01:00:00Z", 1, 450_000),
                quarter("2026-03-09T01:15:00Z", 20), quarter("2026-03-09T01:15:00Z", 5));
        assertThat(baseLoad).isEqualTo(new BigDecimal("100.000"));
    }

    @Test
    void noBaseLoadWithoutACompleteNightQuarter() {
        assertThat(baseLoad(UTC, quarter("2026-03-09T12:00:00Z", 10), quarter("2026-03-09T01:00:00Z", 1, 0)))
                .isNull();
    }
}
