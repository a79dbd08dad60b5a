package org.energytracking.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldProblemsTest {

    @Test
    void nestedApiFieldsNameTheRepeatedInputs() {
        assertThat(FieldProblems.clientId("versions[0].rates[1].price_per_kwh")).isEqualTo("form:versions:0:rates:1:price_per_kwh");
        assertThat(FieldProblems.clientId("versions[2].tiers[0].up_to_kwh")).isEqualTo("form:versions:2:tiers:0:up_to_kwh");
        assertThat(FieldProblems.clientId("versions[1].standing_charge_per_day")).isEqualTo("form:versions:1:standing_charge_per_day");
    }

    @Test
    void aWholeRateTierOrVersionIsShownAtItsFirstInput() {
        assertThat(FieldProblems.clientId("versions[0].rates[1]")).isEqualTo("form:versions:0:rates:1:days");
        assertThat(FieldProblems.clientId("versions[0].tiers[3]")).isEqualTo("form:versions:0:tiers:3:up_to_kwh");
        assertThat(FieldProblems.clientId("versions[1]")).isEqualTo("form:versions:1:valid_from");
    }

    @Test
    void fieldsOutsideVersionsAreLeftToTheirPlainIds() {
        assertThat(FieldProblems.clientId("name")).isNull();
        assertThat(FieldProblems.clientId("versions")).isNull();
        assertThat(FieldProblems.clientId("versions[0].tiers")).isNull();
    }
}
