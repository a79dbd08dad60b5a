package org.energytracking.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.NumberFormat;
import org.junit.jupiter.api.Test;

class NumberLocalesTest {

    @Test
    void aSupportedTagIsKeptInItsOwnSpellingAndBlankMeansThePlatforms() {
        assertThat(NumberLocales.tagOrNone(" de-de ")).isEqualTo("de-DE");
        assertThat(NumberLocales.tagOrNone("")).isNull();
        assertThat(NumberLocales.tagOrNone(null)).isNull();
    }

    @Test
    void anUnsupportedTagIsRefusedOnItsField() {
        assertThatThrownBy(() -> NumberLocales.tagOrNone("xx-YY")).isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.field()).isEqualTo("locale"));
    }

    @Test
    void everySupportedTagWritesATestFigureItsOwnWay() {
        assertThat(NumberFormat.getNumberInstance(NumberLocales.of("de-DE")).format(1234.5)).isEqualTo("1.234,5");
        assertThat(NumberFormat.getNumberInstance(NumberLocales.of("en-GB")).format(1234.5)).isEqualTo("1,234.5");
        assertThat(NumberLocales.SUPPORTED).allSatisfy(tag -> assertThat(NumberLocales.of(tag).getCountry()).isNotEmpty());
    }
}
