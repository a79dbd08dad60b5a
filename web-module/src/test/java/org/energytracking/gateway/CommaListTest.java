package org.energytracking.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommaListTest {

    @Test
    void entriesAreTrimmedAndBlanksDropped() {
        assertThat(CommaList.of(Optional.of(" 10.0.0.1,, 10.0.0.2 ,"))).containsExactly("10.0.0.1", "10.0.0.2");
    }

    @Test
    void anUnsetSettingIsAnEmptyList() {
        assertThat(CommaList.of(Optional.empty())).isEmpty();
    }
}
