package org.energytracking.tariffs.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What energy of some local days would have cost under a tariff that is not saved: its energy cost
 * by time-of-use window plus a standing charge for each day a version covers, rounded for display.
 *
 * @param energyCost      null when no version covers any of the energy
 * @param standingCharges zero when no version covers any day
 */
public record CostPreview(LocalDate from, LocalDate toExclusive, String currency, double energyWh, BigDecimal energyCost,
                          BigDecimal standingCharges, BigDecimal total, List<WindowCost> windows) {

    /** @param cost null for energy no version covered */
    public record WindowCost(String window, double energyWh, BigDecimal cost) {
    }

    /** The tariff's versions as a plan, as if it were assigned to the subject for all of them. */
    public static TariffPlan planOf(Tariff tariff) {
        return new TariffPlan(tariff.versions().stream()
                .map(version -> new TariffPeriod(version.validFrom(), version.validTo(), 0, tariff.currency(), version)).toList());
    }

    /**
     * Tiers count the quarters' energy from the first quarter on, as if it were one device's and the
     * month had begun with it.
     */
    public static CostPreview of(Tariff tariff, List<QuarterEnergy> quarters, ZoneId zone, LocalDate from,
                                 LocalDate toExclusive) {
        TariffPlan plan = planOf(tariff);
        CurrencyCode currency = new CurrencyCode(tariff.currency());
        List<PricedQuarter> priced = plan.price(quarters, zone, 0);
        Map<String, double[]> energyByWindow = new TreeMap<>();
        Map<String, BigDecimal> costByWindow = new TreeMap<>();
        BigDecimal energyCost = null;
        for (int i = 0; i < priced.size(); i++) {
            PricedQuarter quarter = priced.get(i);
            String window = quarter.isPriced() ? quarter.window() : "";
            energyByWindow.computeIfAbsent(window, w -> new double[1])[0] += quarters.get(i).energyWh();
            if (quarter.isPriced()) {
                costByWindow.merge(window, quarter.cost(), BigDecimal::add);
                energyCost = energyCost == null ? quarter.cost() : energyCost.add(quarter.cost());
            }
        }
        BigDecimal standing = BigDecimal.ZERO;
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            standing = standing.add(plan.standingCharge(day).map(StandingCharge::amount).orElse(BigDecimal.ZERO));
        }
        BigDecimal total = energyCost == null ? standing : energyCost.add(standing);
        List<WindowCost> windows = energyByWindow.entrySet().stream()
                .map(e -> new WindowCost(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0],
                        costByWindow.containsKey(e.getKey()) ? currency.display(costByWindow.get(e.getKey())) : null))
                .toList();
        return new CostPreview(from, toExclusive, currency.code(), quarters.stream().mapToDouble(QuarterEnergy::energyWh).sum(),
                energyCost == null ? null : currency.display(energyCost), currency.display(standing), currency.display(total), windows);
    }
}
