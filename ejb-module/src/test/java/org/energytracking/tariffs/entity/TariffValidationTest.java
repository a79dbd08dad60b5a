package org.energytracking.tariffs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.energytracking.tariffs.entity.TariffExamples.NOW;
import static org.energytracking.tariffs.entity.TariffExamples.dec;
import static org.energytracking.tariffs.entity.TariffExamples.homeTou;
import static org.energytracking.tariffs.entity.TariffExamples.tariff;
import static org.energytracking.tariffs.entity.TariffExamples.tier;
import static org.energytracking.tariffs.entity.TariffExamples.version;
import static org.energytracking.tariffs.entity.TariffExamples.window;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.energytracking.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TariffValidationTest {

    @Test
    void theExampleOfTheIssueIsATariff() {
        Tariff example = homeTou();

        assertThat(example.currency()).isEqualTo("EUR");
        assertThat(example.versions()).extracting(TariffVersion::validFrom).containsExactly(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-31"));
        assertThat(example.versions().get(1).rates().get(0).label()).isEqualTo("MON-FRI 07:00-22:00");
        assertThat(example.versions().get(1).tiers().get(0).upToKwh()).hasValueSatisfying(kwh -> assertThat(kwh).isEqualByComparingTo("300"));
    }

    @ParameterizedTest(name = "{0}-{1} is refused on {2}")
    @CsvSource({
            "07:10, 22:00, versions[0].rates[0].from",
            "07:00, 21:50, versions[0].rates[0].to",
            "24:00, 06:00, versions[0].rates[0].from",
            "07:00, 24:15, versions[0].rates[0].to",
            "7:00, 22:00, versions[0].rates[0].from",
            "07:60, 22:00, versions[0].rates[0].from",
            "07:00, 07:00, versions[0].rates[0].to"})
    void windowsLieOnQuarterHoursAndAreNotEmpty(String from, String to, String field) {
        assertRefused(() -> window("ALL", from, to, "0.1"), field);
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"00:00, 24:00", "22:00, 24:00", "22:00, 00:00", "23:45, 00:15", "00:15, 23:45"})
    void quarterHourWindowsUpToMidnightAreAccepted(String from, String to) {
        assertThat(window("ALL", from, to, "0.1").to()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
            "MON-FRI 07:00-22:00, WED 21:00-23:00",
            "SUN 22:00-02:00, MON 01:45-03:00",
            "ALL 00:00-24:00, SAT 12:00-12:15",
            "FRI 20:00-08:00, SAT 07:45-09:00"})
    void overlappingWindowsInOneVersionAreA400NamingTheLaterOne(String first, String second) {
        assertRefused(() -> version("0.2", List.of(parse(first), parse(second)), List.of()), "versions[0].rates[1]");
    }

    @Test
    void windowsThatOnlyTouchDoNotOverlap() {
        assertThat(version("0.2", List.of(parse("SUN 22:00-02:00"), parse("MON 02:00-07:00"), parse("MON-FRI 07:00-22:00")),
                List.of()).rates()).hasSize(3);
    }

    @Test
    void versionsEndAfterTheyStart() {
        assertRefused(() -> version("2026-03-01", "2026-03-01", "0", "0.2", List.of(), List.of()), "versions[0].valid_to");
        assertRefused(() -> version("2026-03-01", "2026-02-01", "0", "0.2", List.of(), List.of()), "versions[0].valid_to");
    }

    @Test
    void versionsOfATariffMustNotOverlapButMayFollowOrLeaveGaps() {
        TariffVersion january = version("2026-01-01", "2026-02-01", "0", "0.2", List.of(), List.of());
        TariffVersion openFromFebruary = version("2026-02-01", null, "0", "0.2", List.of(), List.of());
        TariffVersion midJanuary = version("2026-01-15", "2026-03-01", "0", "0.2", List.of(), List.of());
        TariffVersion april = version("2026-04-01", "2026-05-01", "0", "0.2", List.of(), List.of());

        assertThat(tariff("EUR", openFromFebruary, january).versions()).containsExactly(january, openFromFebruary);
        assertThat(tariff("EUR", january, april).versions()).hasSize(2);
        assertRefused(() -> tariff("EUR", january, midJanuary), "versions[1].valid_from");
        assertRefused(() -> tariff("EUR", openFromFebruary, april), "versions[1].valid_from");
        assertRefused(() -> new Tariff("empty", "EUR", List.of(), 1L, NOW), "versions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EURO", "ABC", "XXX", "XAU", ""})
    void theCurrencyIsAnIsoCodeOfMoney(String code) {
        assertRefused(() -> tariff(code, version("0.2", List.of(), List.of())), "currency");
    }

    @Test
    void namesAreOneToTwoHundredCharacters() {
        assertRefused(() -> new Tariff(" ", "EUR", List.of(version("0.2", List.of(), List.of())), 1L, NOW), "name");
        assertRefused(() -> new Tariff("x".repeat(201), "EUR", List.of(version("0.2", List.of(), List.of())), 1L, NOW), "name");
    }

    @Test
    void tiersAscendAndOnlyTheLastMayTakeTheRest() {
        assertThat(version("0.2", List.of(), List.of(tier("100", "0.1"), tier("250.5", "0.15"), tier(null, "0.2"))).tiers()).hasSize(3);
        assertRefused(() -> version("0.2", List.of(), List.of(tier("200", "0.1"), tier("100", "0.15"))), "versions[0].tiers[1].up_to_kwh");
        assertRefused(() -> version("0.2", List.of(), List.of(tier("100", "0.1"), tier("100", "0.15"))), "versions[0].tiers[1].up_to_kwh");
        assertRefused(() -> version("0.2", List.of(), List.of(tier(null, "0.1"), tier("100", "0.15"))), "versions[0].tiers[0].up_to_kwh");
        assertRefused(() -> tier("0", "0.1"), "versions[0].tiers[0].up_to_kwh");
    }

    @Test
    void pricesAreNotNegativeAndHaveAtMostSixDecimals() {
        assertRefused(() -> window("ALL", "07:00", "08:00", "-0.01"), "versions[0].rates[0].price_per_kwh");
        assertRefused(() -> window("ALL", "07:00", "08:00", "0.1234567"), "versions[0].rates[0].price_per_kwh");
        assertRefused(() -> version("2026-01-01", null, "-1", "0.2", List.of(), List.of()), "versions[0].standing_charge_per_day");
        assertRefused(() -> version("2026-01-01", null, "1", "1E10", List.of(), List.of()), "versions[0].default_price_per_kwh");
        assertThat(window("ALL", "07:00", "08:00", "0.1234560").pricePerKwh()).isEqualByComparingTo(dec("0.123456"));
    }

    /** A window from its label, e.g. {@code MON-FRI 07:00-22:00}. */
    private static RateWindow parse(String label) {
        int blank = label.indexOf(' ');
        String[] times = label.substring(blank + 1).split("-");
        return window(label.substring(0, blank), times[0], times[1], "0.1");
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.INVALID);
            assertThat(problem.field()).isEqualTo(field);
        });
    }
}
