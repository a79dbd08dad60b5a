package org.energytracking.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class ApiNamesTest {

    @Test
    void aConstantIsSpeltInLowerCaseAndReadBack() {
        assertThat(ApiNames.of(DayOfWeek.MONDAY)).isEqualTo("monday");
        assertThat(ApiNames.parse(DayOfWeek.class, "friday", "day")).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void anUnknownSpellingNamesTheFieldAndWhatIsAccepted() {
        assertThatThrownBy(() -> ApiNames.parse(DayOfWeek.class, "FRIDAY", "day")).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.field()).isEqualTo("day");
            assertThat(problem.getMessage()).isEqualTo("day must be one of monday, tuesday, wednesday, thursday, friday, saturday, sunday");
        });
    }
}
