package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankPercentilesOfAHundredValues() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
        Latencies l = Latencies.of(shuffled);
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.p50Nanos()).isEqualTo(50);
        assertThat(l.p95Nanos()).isEqualTo(95);
        assertThat(l.p99Nanos()).isEqualTo(99);
        assertThat(l.maxNanos()).isEqualTo(100);
    }

    @Test
    void aSingleSlowOutlierIsTheP99OfFewerThanAHundred() {
        long[] values = new long[50];
        java.util.Arrays.fill(values, 10_000_000L);
        values[17] = 900_000_000L;
        Latencies l = Latencies.of(values);
        assertThat(l.p95Nanos()).isEqualTo(10_000_000L);
        assertThat(l.p99Millis()).as("rank ceil(0.99 × 50) = 50: the outlier").isEqualTo(900.0);
        assertThat(l.summary()).isEqualTo("p50 10 ms, p95 10 ms, p99 900 ms, max 900 ms");
    }

    @Test
    void percentileOfOneValueIsThatValue() {
        assertThat(Latencies.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Latencies.percentile(new long[] {1, 2, 3, 4}, 50)).isEqualTo(2);
        assertThat(Latencies.percentile(new long[] {1, 2, 3, 4}, 51)).isEqualTo(3);
    }

    @Test
    void noValuesIsNoneSeen() {
        assertThat(Latencies.of(new long[0]).count()).isZero();
        assertThat(Latencies.of(new long[0]).summary()).isEqualTo("none seen");
        assertThatThrownBy(() -> Latencies.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
