package org.energytracking.anomalies.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {

    private final Robust usual = new Robust(180, 20, 8);

    @Test
    void hourBeyondKMadsAndTheFloorIsHigh() {
        // margin max(5 × 1.4826 × 20, 50) = 148.26: 329 is beyond, 328 is not
        assertThat(Verdict.judge(usual, 329, Sensitivity.DEFAULT).kind()).isEqualTo(Verdict.Kind.HIGH);
        assertThat(Verdict.judge(usual, 328, Sensitivity.DEFAULT).kind()).isEqualTo(Verdict.Kind.USUAL);
    }

    @Test
    void floorKeepsSmallChangesOfSteadyLoadsQuiet() {
        // a 3 W standby doubling: MAD 0, yet within the 50 Wh floor
        Robust standby = new Robust(3, 0, 8);
        assertThat(Verdict.judge(standby, 6, Sensitivity.DEFAULT).kind()).isEqualTo(Verdict.Kind.USUAL);
        assertThat(Verdict.judge(standby, 60, Sensitivity.DEFAULT).kind()).isEqualTo(Verdict.Kind.HIGH);
    }

    @Test
    void stoppedFreezerIsLow() {
        Robust freezer = new Robust(90, 5, 40);
        Verdict verdict = Verdict.judge(freezer, 0, Sensitivity.DEFAULT);
        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.LOW);
        assertThat(verdict.expectedWh()).isEqualTo(90);
    }

    @Test
    void deviceThatUsesLessThanTheFloorIsNeverLow() {
        assertThat(Verdict.judge(new Robust(40, 2, 40), 0, Sensitivity.DEFAULT).kind()).isEqualTo(Verdict.Kind.USUAL);
    }

    @Test
    void largerKWidensTheBand() {
        assertThat(Verdict.judge(usual, 329, new Sensitivity(8, 50)).kind()).isEqualTo(Verdict.Kind.USUAL);
    }
}
