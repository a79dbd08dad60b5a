package org.energytracking.tariffs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.tariffs.entity.TariffExamples.BERLIN;
import static org.energytracking.tariffs.entity.TariffExamples.homeTou;
import static org.energytracking.tariffs.entity.TariffExamples.planOf;
import static org.energytracking.tariffs.entity.TariffExamples.priceOne;
import static org.energytracking.tariffs.entity.TariffExamples.tariff;
import static org.energytracking.tariffs.entity.TariffExamples.utc;
import static org.energytracking.tariffs.entity.TariffExamples.version;
import static org.energytracking.tariffs.entity.TariffExamples.window;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Windows are local times: in UTC they move by an hour when Berlin changes its clocks. */
class DaylightSavingPricingTest {

    private final TariffPlan example = planOf(homeTou());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-03-27T05:45:00Z, default",
            "2026-03-27T06:00:00Z, MON-FRI 07:00-22:00",
            "2026-03-27T20:45:00Z, MON-FRI 07:00-22:00",
            "2026-03-27T21:00:00Z, default",
            "2026-03-30T04:45:00Z, default",
            "2026-03-30T05:00:00Z, MON-FRI 07:00-22:00",
            "2026-03-30T19:45:00Z, MON-FRI 07:00-22:00",
            "2026-03-30T20:00:00Z, default",
            "2026-10-23T04:45:00Z, default",
            "2026-10-23T05:00:00Z, MON-FRI 07:00-22:00",
            "2026-10-26T05:45:00Z, default",
            "2026-10-26T06:00:00Z, MON-FRI 07:00-22:00"})
    void peakStartsAtSevenLocalTimeOnEitherSideOfTheClockChanges(String instant, String window) {
        assertThat(priceOne(example, utc(instant, 1000), 0).window()).isEqualTo(window);
    }

    /** Spring: 01:00-04:00 holds 3 hours of quarters but only 2 hours happen. Autumn: 02:00-03:00 happens twice. */
    @ParameterizedTest(name = "{0} has {1} quarters, 8 of them in {2} {3}-{4}")
    @CsvSource({"2026-03-29, 92, ALL, 01:00, 04:00", "2026-10-25, 100, SUN, 02:00, 03:00"})
    void onClockChangeDaysAWindowHoldsTheQuartersLocalTimeHas(String day, int quarters, String days, String from, String to) {
        TariffPlan plan = planOf(tariff("EUR", version("0.20", List.of(window(days, from, to, "0.10")), List.of())));

        List<PricedQuarter> priced = plan.price(quartersOf(day), BERLIN, 0);

        assertThat(priced).hasSize(quarters);
        assertThat(priced).filteredOn(q -> q.window().equals(days + " " + from + "-" + to)).hasSize(8)
                .extracting(q -> Instant.ofEpochMilli(q.start()).toString())
                .startsWith(day + "T00:00:00Z").endsWith(day + "T01:45:00Z");
    }

    @Test
    void theLocalDateDecidesTheVersionAlsoWhenUtcIsStillTheDayBefore() {
        PricedQuarter firstOfNewVersion = priceOne(example, utc("2026-03-30T22:00:00Z", 1000), 0);

        assertThat(firstOfNewVersion.cost()).isEqualByComparingTo("0.30");
    }

    private static List<QuarterEnergy> quartersOf(String day) {
        long start = LocalDate.parse(day).atStartOfDay(BERLIN).toInstant().toEpochMilli();
        long end = LocalDate.parse(day).plusDays(1).atStartOfDay(BERLIN).toInstant().toEpochMilli();
        List<QuarterEnergy> quarters = new ArrayList<>();
        for (long t = start; t < end; t += 15 * 60_000) {
            quarters.add(new QuarterEnergy(t, 100));
        }
        return quarters;
    }
}
