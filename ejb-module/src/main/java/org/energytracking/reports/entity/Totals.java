package org.energytracking.reports.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * Energy and cost of a period as the API's buckets sum them: energy to the Wh, cost (energy plus standing
 * charges) half-even to the currency's minor unit, both rounded once after summing.
 *
 * @param energyWh null when nothing of the period is known
 * @param cost     null without a tariff
 */
public record Totals(ReportPeriod period, BigDecimal energyWh, BigDecimal cost, String currency) {

    public static Totals of(ReportPeriod period, List<TableRow> rows) {
        boolean known = rows.stream().anyMatch(row -> row.energyWh() != null);
        double energy = rows.stream().filter(row -> row.energyWh() != null).mapToDouble(TableRow::energyWh).sum();
        BigDecimal cost = rows.stream().map(TableRow::cost).filter(c -> c != null).reduce(BigDecimal::add).orElse(null);
        String currency = rows.stream().map(TableRow::currency).filter(c -> c != null).findFirst().orElse(null);
        int digits = currency == null ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return new Totals(period, known ? BigDecimal.valueOf(energy).setScale(0, RoundingMode.HALF_EVEN) : null,
                cost == null ? null : cost.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    /** Energy against another period's in percent, one decimal; null where either is unknown or zero. */
    public BigDecimal energyChangePercent(Totals other) {
        if (energyWh == null || other == null || other.energyWh == null || other.energyWh.signum() == 0) {
            return null;
        }
        return energyWh.subtract(other.energyWh).multiply(BigDecimal.valueOf(100)).divide(other.energyWh, 1, RoundingMode.HALF_EVEN);
    }

    /** Energy per m² of floor area, 3 decimals; null without either. */
    public BigDecimal kwhPerM2(BigDecimal floorAreaM2) {
        if (energyWh == null || floorAreaM2 == null || floorAreaM2.signum() <= 0) {
            return null;
        }
        return energyWh.divide(floorAreaM2.movePointRight(3), 3, RoundingMode.HALF_EVEN);
    }

    public BigDecimal energyKwh() {
        return energyWh == null ? null : energyWh.movePointLeft(3);
    }
}
