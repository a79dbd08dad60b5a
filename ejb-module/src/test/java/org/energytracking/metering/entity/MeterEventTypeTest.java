package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MeterEventTypeTest {

    @Test
    void apiNamesAreLowerCase() {
        assertThat(MeterEventType.values()).extracting(MeterEventType::apiName)
                .containsExactly("reset", "rollover", "replacement");
    }

    @Test
    void parseReadsApiNames() {
        for (MeterEventType type : MeterEventType.values()) {
            assertThat(MeterEventType.parse(type.apiName())).isEqualTo(type);
        }
    }

    @Test
    void parseRejectsUnknownNamesAndNamesTheAllowedOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> MeterEventType.parse("RESET"))
                .withMessageContaining("reset, rollover, replacement");
        assertThatIllegalArgumentException().isThrownBy(() -> MeterEventType.parse(null));
    }
}
