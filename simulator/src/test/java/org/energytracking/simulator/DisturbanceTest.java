package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisturbanceTest {

    private final Reading normal = new Reading(1_000, 120, 230, 0.52, 5_000, 21);

    @Test
    void theFirstDeviceGoesSilentOnceTheRunIsOldEnough() {
        Disturbance silent = new Disturbance(120, 0, 0, 0);
        assertThat(silent.silentAt(119_999)).isFalse();
        assertThat(silent.silentAt(120_000)).isTrue();
        assertThat(Disturbance.NONE.silentAt(Long.MAX_VALUE / 2)).isFalse();
    }

    @Test
    void aSpikeReplacesThePowerForItsWindowOnlyAndKeepsTheCounter() {
        Disturbance spike = new Disturbance(0, 2_500, 60, 120);
        assertThat(spike.applied(normal, 59_999)).isEqualTo(normal);
        Reading spiking = spike.applied(normal, 60_000);
        assertThat(spiking.power()).isEqualTo(2_500);
        assertThat(spiking.current()).isCloseTo(2_500 / 230.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(spiking.energy()).isEqualTo(5_000);
        assertThat(spike.applied(normal, 180_000)).isEqualTo(normal);
    }
}
