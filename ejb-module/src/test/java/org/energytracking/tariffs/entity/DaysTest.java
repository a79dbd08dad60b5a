package org.energytracking.tariffs.entity;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.energytracking.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DaysTest {

    @Test
    void rangesListsAndAllAreUnderstoodInAnyCase() {
        assertThat(Days.parse("MON-FRI", "days")).hasSize(5).doesNotContain(SATURDAY, SUNDAY);
        assertThat(Days.parse("sat,sun", "days")).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
        assertThat(Days.parse("Mon, Wed-Fri", "days")).containsExactlyInAnyOrder(MONDAY, WEDNESDAY, THURSDAY, FRIDAY);
        assertThat(Days.parse("all", "days")).containsExactlyInAnyOrder(DayOfWeek.values());
        assertThat(Days.parse("SUN", "days")).containsExactly(SUNDAY);
    }

    @Test
    void theStoredFormIsUpperCaseWithoutBlanks() {
        assertThat(Days.normalise(" mon , wed-fri ", "days")).isEqualTo("MON,WED-FRI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MONDAY", "FRI-MON", "MON-", "MON--FRI", "MON;TUE", "MON-TUE-WED", "ALL,MON", ","})
    void anythingElseIsA400NamingTheField(String days) {
        assertThatThrownBy(() -> Days.parse(days, "versions[0].rates[2].days")).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.INVALID);
            assertThat(problem.field()).isEqualTo("versions[0].rates[2].days");
        });
    }
}
