package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.energytracking.ingest.entity.LiveReading;
import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

class LiveReadingsTextTest {

    @Test
    void readingsCrossTheRelayUnchangedWithTheirMissingValues() {
        List<LiveReading> readings = List.of(
                new LiveReading(7, new Reading("plug-1", 1_796_000_000_123L, 12.5, 230.1, 0.05, 1234.5, null, 0.98, null, -3.0)),
                new LiveReading(9, new Reading("meter_2", 1_796_000_001_000L, null, null, null, null, null)));

        assertThat(LiveReadingsText.parse(LiveReadingsText.of(readings))).isEqualTo(readings);
    }

    @Test
    void nothingIsNoReading() {
        assertThat(LiveReadingsText.parse(LiveReadingsText.of(List.of()))).isEmpty();
    }
}
