package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What a site or device used in a period, against the period before it (see {@link ComparedPeriods}), from
 * its 15-minute rollups. Figures are computed exactly and rounded once, for display (see
 * {@link DisplayRounding}); entries of several devices or windows with the same start are summed
 * per start wherever a per-bucket figure is needed.
 *
 * @param zone          the IANA zone local hours, days and times are in
 * @param currency      ISO 4217 code of the costs; null when unknown (costs then have 2 decimals)
 * @param baseLoadW     see {@link BaseLoad}; null without a complete bucket between 00:00 and 05:00
 * @param peakDemand    null without a complete bucket
 * @param windowShares  see {@link WindowShares}
 * @param kwhPerM2      the period's energy per m² of floor area, 3 decimals; null without a floor area
 */
public record ConsumptionAnalysis(String zone, String currency, PeriodComparison comparison,
        DailyProfile dailyProfile, HeatMap heatMap, PeakDemand peakDemand, BigDecimal baseLoadW,
        List<WindowShare> windowShares, BigDecimal kwhPerM2) {

    /**
     * @param period                entries starting in [from, to); others are ignored
     * @param previousPeriod        entries starting in [previousFrom, previousUntil); others are ignored
     * @param standingChargesByDay  cost added per local day, counted for the days that start in a compared part
     */
    public static ConsumptionAnalysis of(List<UsageQuarter> period, List<UsageQuarter> previousPeriod,
            ComparedPeriods periods, ZoneId zone, BigDecimal floorAreaM2, String currency,
            Map<LocalDate, BigDecimal> standingChargesByDay) {
        PeriodUsage current = PeriodUsage.of(periods.period(), period);
        DisplayRounding rounding = DisplayRounding.forCurrency(currency);
        return new ConsumptionAnalysis(zone.getId(), currency,
                PeriodComparison.of(PeriodUsage.of(periods.comparedPart(), period),
                        PeriodUsage.of(periods.comparedPreviousPart(), previousPeriod),
                        periods.partial() ? periods.until() : null, zone, standingChargesByDay, rounding),
                DailyProfile.of(current, zone),
                HeatMap.of(current, zone),
                PeakDemand.of(current.quarters(), zone),
                BaseLoad.powerW(current.quarters(), zone),
                WindowShares.of(current.entries(), rounding),
                kwhPerM2(current.energyWh(), floorAreaM2));
    }

    private static BigDecimal kwhPerM2(double energyWh, BigDecimal floorAreaM2) {
        if (floorAreaM2 == null) {
            return null;
        }
        if (floorAreaM2.signum() <= 0) {
            throw new IllegalArgumentException("floor area must be positive: " + floorAreaM2);
        }
        return BigDecimal.valueOf(energyWh).divide(floorAreaM2.multiply(BigDecimal.valueOf(1000)), 3,
                RoundingMode.HALF_EVEN);
    }
}
