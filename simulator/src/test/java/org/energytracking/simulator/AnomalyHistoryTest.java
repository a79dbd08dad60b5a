package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnomalyHistoryTest {

    private static final long END = 1_764_547_200_000L; // 2025-12-01T00:00Z

    @Test
    void sameSeedGivesTheSameHistory() {
        assertThat(new AnomalyHistory(7, END, 10, true).csv()).isEqualTo(new AnomalyHistory(7, END, 10, true).csv());
    }

    @Test
    void householdGetsANightRunAndAnExtraDayLoadAfterItsThirdWeek() {
        AnomalyHistory history = new AnomalyHistory(2, END, 10, true);
        assertThat(history.hoursWh).hasSize(10 * 7 * 24);
        assertThat(history.labels).extracting(AnomalyHistory.Label::kind)
                .contains(AnomalyHistory.Kind.NIGHT_RUN, AnomalyHistory.Kind.EXTRA_DAY_LOAD);
        assertThat(history.labels).allMatch(label -> label.start() >= history.start + 21 * 24 * AnomalyHistory.HOUR);
    }

    @Test
    void stoppedFreezerDrawsNothingInItsLabelledHours() {
        AnomalyHistory freezer = new AnomalyHistory(3, END, 10, true);
        AnomalyHistory.Label stop = freezer.labels.get(0);
        assertThat(stop.kind()).isEqualTo(AnomalyHistory.Kind.STOPPED_FREEZER);
        int first = (int) ((stop.start() - freezer.start) / AnomalyHistory.HOUR);
        assertThat(freezer.hoursWh[first]).isZero();
        assertThat(freezer.hoursWh[first - 1]).isGreaterThan(40);
    }

    @Test
    void csvHasACounterReadingAtEveryHourBoundary() {
        AnomalyHistory history = new AnomalyHistory(1, END, 3, false);
        String[] lines = history.csv().split("\n");
        assertThat(lines).hasSize(1 + 3 * 7 * 24 + 1);
        assertThat(lines[0]).isEqualTo("ts,energy");
        assertThat(lines[lines.length - 1]).startsWith(END + ",");
        assertThat(history.labels).isEmpty();
    }
}
