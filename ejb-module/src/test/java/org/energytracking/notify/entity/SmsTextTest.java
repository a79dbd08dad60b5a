package org.energytracking.notify.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void aShortMessageIsSentWhole() {
        assertThat(SmsText.of("Kitchen plug: no reading since 14:02 (38 min)").text())
                .isEqualTo("[Energy] Kitchen plug: no reading since 14:02 (38 min)");
    }

    @Test
    void aLongMessageIsCutToOneSegmentWithDots() {
        String text = SmsText.of("A device with a very long name " + "x".repeat(200) + ": offline").text();
        assertThat(text).hasSize(160).startsWith("[Energy] A device with a very long name xxx").endsWith("x...");
    }

    @Test
    void lineBreaksAndRunsOfSpacesBecomeOneSpace() {
        assertThat(SmsText.of("Heater:\n power  above 2,000 W").text()).isEqualTo("[Energy] Heater: power above 2,000 W");
    }
}
