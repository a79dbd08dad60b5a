package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

class MemoryGrowthTest {

    /** A sample every 15 s over 600 s (at 15, 30, … 600 s), sized by the sample's index. */
    private static List<MemoryGrowth.Sample> tenMinutes(IntToLongFunction mb) {
        List<MemoryGrowth.Sample> samples = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            samples.add(new MemoryGrowth.Sample(i * 15.0, mb.applyAsLong(i)));
        }
        return samples;
    }

    @Test
    void comparesTheLastMinuteWithTheMinuteAfterTheTwoMinuteWarmUp() {
        // 1,000 MB until 3 min (warm window 120–180 s: samples 8–11), then 1,100 MB
        MemoryGrowth g = MemoryGrowth.of(tenMinutes(i -> i * 15 < 180 ? 1_000 : 1_100), 600).orElseThrow();
        assertThat(g.warmFromSeconds()).isEqualTo(120);
        assertThat(g.warmToSeconds()).isEqualTo(180);
        assertThat(g.warmMeanMb()).isEqualTo(1_000);
        assertThat(g.lastFromSeconds()).isEqualTo(540);
        assertThat(g.lastMeanMb()).isEqualTo(1_100);
        assertThat(g.growthPercent()).isEqualTo(10.0);
        assertThat(g.noGrowth()).isFalse();
    }

    @Test
    void theStartUpClimbBeforeTheWarmWindowIsNotGrowth() {
        MemoryGrowth g = MemoryGrowth.of(tenMinutes(i -> i < 8 ? 500 + i * 80L : 1_150 + i % 2 * 20), 600).orElseThrow();
        assertThat(g.growthMb()).isBetween(-20.0, 20.0);
        assertThat(g.noGrowth()).isTrue();
        assertThat(g.summary()).contains("warm 120–180 s", "last 540–600 s");
    }

    @Test
    void justUnderFivePercentCountsAsNoGrowthAndFiveAsGrowth() {
        assertThat(MemoryGrowth.of(tenMinutes(i -> i < 30 ? 1_000 : 1_049), 600).orElseThrow().noGrowth()).isTrue();
        assertThat(MemoryGrowth.of(tenMinutes(i -> i < 30 ? 1_000 : 1_050), 600).orElseThrow().noGrowth()).isFalse();
    }

    @Test
    void aShortRunUsesTwentyPercentWindowsAndSamplesAfterTheEndAreIgnored() {
        List<MemoryGrowth.Sample> samples = new ArrayList<>();
        for (int s = 1; s <= 22; s++) {
            samples.add(new MemoryGrowth.Sample(s, s <= 20 ? 800 : 5_000));
        }
        MemoryGrowth g = MemoryGrowth.of(samples, 20).orElseThrow();
        assertThat(g.warmFromSeconds()).isEqualTo(4);
        assertThat(g.warmToSeconds()).isEqualTo(8);
        assertThat(g.lastFromSeconds()).isEqualTo(16);
        assertThat(g.lastMeanMb()).isEqualTo(800);
    }

    @Test
    void noSampleInAWindowGivesNoFigure() {
        assertThat(MemoryGrowth.of(List.of(new MemoryGrowth.Sample(590, 1_000)), 600)).isEmpty();
        assertThat(MemoryGrowth.of(List.of(), 600)).isEmpty();
    }

    @Test
    void sparklineRunsFromTheLowestToTheHighestSample() {
        List<MemoryGrowth.Sample> samples = List.of(new MemoryGrowth.Sample(1, 1_000), new MemoryGrowth.Sample(2, 1_070),
                new MemoryGrowth.Sample(3, 1_035), new MemoryGrowth.Sample(4, 1_000));
        assertThat(MemoryGrowth.sparkline(samples)).isEqualTo("▁█▄▁");
        assertThat(MemoryGrowth.sparkline(List.of(new MemoryGrowth.Sample(1, 5), new MemoryGrowth.Sample(2, 5)))).isEqualTo("▁▁");
    }
}
