package org.energytracking.tariffs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.tariffs.entity.TariffExamples.NOW;
import static org.energytracking.tariffs.entity.TariffExamples.homeTou;
import static org.energytracking.tariffs.entity.TariffExamples.tier;
import static org.energytracking.tariffs.entity.TariffExamples.version;
import static org.energytracking.tariffs.entity.TariffExamples.window;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.energytracking.identity.entity.Caller;
import org.junit.jupiter.api.Test;

/** A PUT replaces all versions; metering recomputes from the earliest date whose cost may differ. */
class TariffChangeTest {

    private final Tariff tariff = homeTou();

    @Test
    void theSameTermsWrittenDifferentlyChangeNothing() {
        assertThat(tariff.change("renamed", "EUR", List.of(january("0.5"), march("0.350")), NOW)).isEmpty();
        assertThat(tariff.name()).isEqualTo("renamed");
    }

    @Test
    void aChangedLaterVersionCountsFromItsStart() {
        assertThat(tariff.change("home-tou", "EUR", List.of(january("0.50"), march("0.36")), NOW)).contains(day("2026-03-31"));
        assertThat(tariff.versions().get(1).rates().get(0).pricePerKwh()).isEqualByComparingTo("0.36");
    }

    @Test
    void splittingAVersionCountsFromTheOldVersionsStart() {
        TariffVersion marchToJuly = version("2026-03-31", "2026-07-01", "0.55", "0.23",
                List.of(window("MON-FRI", "07:00", "22:00", "0.35")), List.of(tier("300", "0.30")));
        TariffVersion fromJuly = version("2026-07-01", null, "0.60", "0.25", List.of(), List.of());

        assertThat(tariff.change("home-tou", "EUR", List.of(january("0.50"), marchToJuly, fromJuly), NOW)).contains(day("2026-03-31"));
    }

    @Test
    void anotherCurrencyChangesEverythingFromTheFirstVersion() {
        assertThat(tariff.change("home-tou", "CHF", List.of(january("0.50"), march("0.35")), NOW)).contains(day("2026-01-01"));
        assertThat(tariff.currency()).isEqualTo("CHF");
    }

    @Test
    void onlyTheCreatorAndAdministratorsSeeATariff() {
        Caller owner = new Caller(1L, "o@x", null, Set.of("operator"), Set.of());
        Caller other = new Caller(2L, "p@x", null, Set.of("operator"), Set.of());
        Caller admin = new Caller(3L, "a@x", null, Set.of("admin"), Set.of());

        assertThat(tariff.isVisibleTo(owner)).isTrue();
        assertThat(tariff.isVisibleTo(other)).isFalse();
        assertThat(tariff.isVisibleTo(admin)).isTrue();
    }

    private static TariffVersion january(String standing) {
        return version("2026-01-01", "2026-03-31", standing, "0.21", List.of(window("MON-FRI", "07:00", "22:00", "0.32")), List.of());
    }

    private static TariffVersion march(String peak) {
        return version("2026-03-31", null, "0.55", "0.23", List.of(window("mon-fri", "07:00", "22:00", peak)), List.of(tier("300.0", "0.3")));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
