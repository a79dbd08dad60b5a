package org.energytracking.anomalies.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobustTest {

    @Test
    void medianOfAnOddSetIsItsMiddleValue() {
        assertThat(Robust.median(new double[] {7, 1, 3})).isEqualTo(3);
    }

    @Test
    void medianOfAnEvenSetIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Robust.median(new double[] {4, 1, 10, 2})).isEqualTo(3);
    }

    @Test
    void madIsTheMedianDistanceFromTheMedian() {
        // median 190; distances 20, 10, 0, 10, 450 → MAD 10
        Robust robust = Robust.of(new double[] {180, 170, 190, 200, 640});
        assertThat(robust.median()).isEqualTo(190);
        assertThat(robust.mad()).isEqualTo(10);
        assertThat(robust.samples()).isEqualTo(5);
    }

    @Test
    void oneOddValueMovesNeitherMedianNorMad() {
        Robust quiet = Robust.of(new double[] {100, 110, 120, 130});
        Robust party = Robust.of(new double[] {100, 110, 120, 5000});
        assertThat(party.median()).isEqualTo(quiet.median()).isEqualTo(115);
        assertThat(party.mad()).isEqualTo(quiet.mad()).isEqualTo(10);
    }

    @Test
    void steadyLoadHasNoDeviation() {
        assertThat(Robust.of(new double[] {50, 50, 50}).mad()).isZero();
    }

    @Test
    void percentileIsTheNearestRank() {
        // 10th percentile of 20 values: rank ceil(2.0) = 2
        double[] values = new double[20];
        for (int i = 0; i < 20; i++) {
            values[i] = 100 + i;
        }
        assertThat(Robust.percentile(values, 10)).isEqualTo(101);
        assertThat(Robust.percentile(new double[] {5}, 10)).isEqualTo(5);
    }
}
