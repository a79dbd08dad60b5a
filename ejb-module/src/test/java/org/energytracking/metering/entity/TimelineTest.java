package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimelineTest {

    /** Energy equal to length × rate, so that every piece shows by its rate which source it came from. */
    private static Interval rate(long start, long end, double rate) {
        return new Interval(start, end, (end - start) * rate, true);
    }

    private static List<Interval> claimed(List<Interval> first, List<Interval> second) {
        Timeline timeline = new Timeline();
        timeline.claim(first);
        timeline.claim(second);
        return timeline.intervals();
    }

    @Test
    void laterSourceFillsOnlyTheGapsOfEarlierOnes() {
        List<Interval> result = claimed(List.of(rate(10, 20, 1), rate(30, 40, 1)), List.of(rate(0, 50, 2)));
        assertThat(result).containsExactly(rate(0, 10, 2), rate(10, 20, 1), rate(20, 30, 2), rate(30, 40, 1),
                rate(40, 50, 2));
    }

    @Test
    void anEarlierIntervalSpanningSeveralLaterOnesKeepsItsTime() {
        List<Interval> result = claimed(List.of(rate(5, 35, 1)), List.of(rate(0, 10, 2), rate(10, 20, 2), rate(30, 40, 2)));
        assertThat(result).containsExactly(rate(0, 5, 2), rate(5, 35, 1), rate(35, 40, 2));
    }

    @Test
    void everyInstantBelongsToTheFirstSourceThatCoversIt() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<Interval> first = randomIntervals(random, 1);
            List<Interval> second = randomIntervals(random, 2);
            List<Interval> result = claimed(first, second);
            for (int i = 1; i < result.size(); i++) {
                assertThat(result.get(i).start()).isGreaterThanOrEqualTo(result.get(i - 1).end());
            }
            for (long t = 0; t < 100; t++) {
                double expected = covers(first, t) ? 1 : covers(second, t) ? 2 : 0;
                assertThat(rateAt(result, t)).isCloseTo(expected, within(1e-9));
            }
        }
    }

    private static List<Interval> randomIntervals(Random random, double rate) {
        List<Interval> intervals = new ArrayList<>();
        long t = random.nextInt(10);
        while (t < 90) {
            long end = t + 1 + random.nextInt(20);
            intervals.add(rate(t, end, rate));
            t = end + random.nextInt(3) * random.nextInt(10);
        }
        return intervals;
    }

    private static boolean covers(List<Interval> intervals, long t) {
        return intervals.stream().anyMatch(i -> i.start() <= t && t < i.end());
    }

    private static double rateAt(List<Interval> intervals, long t) {
        return intervals.stream().filter(i -> i.start() <= t && t < i.end())
                .mapToDouble(i -> i.energyWh() / i.lengthMs()).sum();
    }
}
