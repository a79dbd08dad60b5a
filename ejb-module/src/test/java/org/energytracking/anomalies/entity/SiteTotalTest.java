package org.energytracking.anomalies.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class SiteTotalTest {

    private static final long H = 3_600_000L;

    @Test
    void anHourIsTheSumOfItsDevicesHours() {
        SiteTotal total = new SiteTotal();
        total.span(1, 0, 2 * H);
        total.span(2, 0, 2 * H);
        total.hour(H, 200, 2);
        assertThat(total.completeHours()).containsExactly(entry(H, 200.0));
    }

    @Test
    void oneDeviceIsNoTotal() {
        SiteTotal total = new SiteTotal();
        total.span(1, 0, H);
        total.hour(H, 120, 1);
        assertThat(total.completeHours()).isEmpty();
    }

    @Test
    void aDeviceNotYetKnownInAnHourLeavesTheTotalUnknownNotLow() {
        SiteTotal total = new SiteTotal();
        total.span(1, 0, 3 * H);
        total.span(2, 0, H); // its readings of hours 2 and 3 are late
        total.hour(H, 200, 2);
        total.hour(2 * H, 120, 1);
        total.hour(3 * H, 130, 1); // device 2 partly known: counted in the sum, not as complete
        assertThat(total.completeHours()).containsOnlyKeys(H);
    }

    @Test
    void aDeviceAddedMakesTheHoursBeforeItUnknownAndStopsCountingADayAfterItsLast() {
        SiteTotal total = new SiteTotal();
        total.span(1, 0, 40 * H);
        total.span(2, 5 * H, 6 * H); // added at hour 5, gone after hour 6
        total.span(3, 0, 40 * H);
        for (long hour = 0; hour <= 40; hour++) {
            boolean second = hour == 5 || hour == 6;
            total.hour(hour * H, second ? 250 : 200, second ? 3 : 2);
        }
        assertThat(total.completeHours()).as("before it began: the total learns again").doesNotContainKey(4 * H);
        assertThat(total.completeHours().get(5 * H)).isEqualTo(250);
        assertThat(total.completeHours()).as("silent for less than a day: unknown").doesNotContainKeys(7 * H, 30 * H);
        assertThat(total.completeHours().get(31 * H)).as("silent for more than a day: gone").isEqualTo(200);
        assertThat(total.latestHourEnd(-1)).isEqualTo(41 * H);
    }
}
