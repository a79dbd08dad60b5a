package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.energytracking.ingest.entity.LiveReading;
import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

class LatestReadingsTest {

    private final LatestReadings latest = new LatestReadings(200);

    @Test
    void theFirstReadingAfterAQuietSpellIsDueAtOnce() {
        assertThat(latest.offer(1, reading(1_000, 10), 5_000)).isZero();
    }

    @Test
    void furtherReadingsWaitForTheDeliveryAlreadyScheduled() {
        latest.offer(1, reading(1_000, 10), 5_000);
        assertThat(latest.offer(2, reading(1_000, 20), 5_010)).isEqualTo(LatestReadings.NOT_NEEDED);
    }

    @Test
    void aDeviceKeepsOnlyItsLatestReadingUntilDelivery() {
        latest.offer(1, reading(2_000, 10), 5_000);
        latest.offer(1, reading(3_000, 30), 5_001);
        latest.offer(1, reading(1_000, 99), 5_002);
        latest.offer(2, reading(1_500, 7), 5_003);

        List<LiveReading> delivered = latest.drain(5_004);

        assertThat(delivered).extracting(r -> r.deviceRowId(), r -> r.reading().powerW())
                .containsExactly(tuple(1L, 30d), tuple(2L, 7d));
    }

    @Test
    void deliveriesAreAtLeastAnIntervalApart() {
        latest.offer(1, reading(1_000, 10), 5_000);
        latest.drain(5_000);
        assertThat(latest.offer(1, reading(2_000, 10), 5_050)).isEqualTo(150);
        latest.drain(5_200);
        assertThat(latest.offer(1, reading(3_000, 10), 6_000)).isZero();
    }

    @Test
    void aDrainTakesEverythingOnceAndSchedulesAgainOnTheNextOffer() {
        latest.offer(1, reading(1_000, 10), 5_000);
        assertThat(latest.drain(5_000)).hasSize(1);
        assertThat(latest.drain(5_300)).isEmpty();
        assertThat(latest.offer(1, reading(2_000, 10), 5_600)).isZero();
    }

    private static Reading reading(long ts, double powerW) {
        return new Reading("plug-1", ts, powerW, null, null, null, null);
    }
}
