package org.energytracking.tariffs.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Tariffs as the API builds them, and quarter hours in Berlin, for the tests of this package. */
final class TariffExamples {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private TariffExamples() {
    }

    /** The product issue's example: peak on weekdays, a version from 2026-03-31 with a 300 kWh tier. */
    static Tariff homeTou() {
        return tariff("EUR",
                version("2026-01-01", "2026-03-31", "0.50", "0.21", List.of(window("MON-FRI", "07:00", "22:00", "0.32")), List.of()),
                version("2026-03-31", null, "0.55", "0.23", List.of(window("MON-FRI", "07:00", "22:00", "0.35")),
                        List.of(tier("300", "0.30"))));
    }

    static Tariff tariff(String currency, TariffVersion... versions) {
        return new Tariff("test", currency, List.of(versions), 1L, NOW);
    }

    static TariffVersion version(String from, String to, String standing, String defaultPrice, List<RateWindow> rates, List<Tier> tiers) {
        return new TariffVersion(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), dec(standing), dec(defaultPrice),
                rates, tiers, "versions[0]");
    }

    /** A version from 2026-01-01 on, without standing charge. */
    static TariffVersion version(String defaultPrice, List<RateWindow> rates, List<Tier> tiers) {
        return version("2026-01-01", null, "0", defaultPrice, rates, tiers);
    }

    static RateWindow window(String days, String from, String to, String price) {
        return RateWindow.of(days, from, to, dec(price), "versions[0].rates[0]");
    }

    static Tier tier(String upToKwh, String price) {
        return Tier.of(upToKwh == null ? null : dec(upToKwh), dec(price), "versions[0].tiers[0]");
    }

    /** The plan of a device to which only this tariff is assigned, from 2026-01-01. */
    static TariffPlan planOf(Tariff tariff) {
        return TariffAssignment.plan(List.of(TariffAssignment.ofDevice(1, LocalDate.parse("2026-01-01")).assign(7L, 1, NOW)),
                List.of(), Map.of(7L, tariff));
    }

    /** A quarter starting at that local time in Berlin. */
    static QuarterEnergy berlin(String localDateTime, double energyWh) {
        return new QuarterEnergy(LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant().toEpochMilli(), energyWh);
    }

    static QuarterEnergy utc(String instant, double energyWh) {
        return new QuarterEnergy(Instant.parse(instant).toEpochMilli(), energyWh);
    }

    static PricedQuarter priceOne(TariffPlan plan, QuarterEnergy quarter, double monthToDateWh) {
        return plan.price(List.of(quarter), BERLIN, monthToDateWh).get(0);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
