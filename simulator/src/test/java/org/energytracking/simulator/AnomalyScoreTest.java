package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnomalyScoreTest {

    private static final long H = AnomalyHistory.HOUR;

    @Test
    void labelOverlappedByAnAlertIsRecalledAndAnAlertOverlappingNoLabelIsFalse() {
        Map<String, List<AnomalyHistory.Label>> labels = Map.of(
                "a", List.of(new AnomalyHistory.Label(AnomalyHistory.Kind.NIGHT_RUN, 10 * H, 13 * H),
                        new AnomalyHistory.Label(AnomalyHistory.Kind.EXTRA_DAY_LOAD, 50 * H, 53 * H)),
                "b", List.of(new AnomalyHistory.Label(AnomalyHistory.Kind.STOPPED_FREEZER, 20 * H, 26 * H)));
        Map<String, List<AnomalyScore.Found>> found = Map.of(
                "a", List.of(new AnomalyScore.Found("anomaly", 11 * H, 13 * H), new AnomalyScore.Found("anomaly", 30 * H, 31 * H)),
                "b", List.of(new AnomalyScore.Found("anomaly", 25 * H, 26 * H)));
        AnomalyScore score = AnomalyScore.of(labels, found, 20);
        assertThat(score.recall()).isEqualTo(2 / 3.0);
        assertThat(score.precision()).isEqualTo(2 / 3.0);
        assertThat(score.falsePerDeviceWeek()).isEqualTo(1 / 20.0);
    }

    @Test
    void alertEndingWhereALabelBeginsDoesNotOverlapIt() {
        AnomalyHistory.Label label = new AnomalyHistory.Label(AnomalyHistory.Kind.NIGHT_RUN, 10 * H, 12 * H);
        assertThat(new AnomalyScore.Found("anomaly", 9 * H, 10 * H).overlaps(label)).isFalse();
        assertThat(new AnomalyScore.Found("anomaly", 11 * H, 12 * H).overlaps(label)).isTrue();
    }
}
