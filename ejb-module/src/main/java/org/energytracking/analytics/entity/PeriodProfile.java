package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The part of {@link ConsumptionAnalysis} a report shows, of one period alone: a report compares with the
 * previous period from its own day table, so reading and summing the previous period's quarters again was waste.
 *
 * @param completenessPercent known time over the period's quarter hours
 */
public record PeriodProfile(PeakDemand peakDemand, BigDecimal baseLoadW, List<WindowShare> windowShares,
                            BigDecimal completenessPercent) {

    /** {@code currency} of the costs (their rounding); null when unknown. */
    public static PeriodProfile of(List<UsageQuarter> entries, Instant from, Instant to, ZoneId zone, String currency) {
        PeriodUsage usage = PeriodUsage.of(new AnalysisPeriod(from, to), entries);
        return new PeriodProfile(PeakDemand.of(usage.quarters(), zone), BaseLoad.powerW(usage.quarters(), zone),
                WindowShares.of(usage.entries(), DisplayRounding.forCurrency(currency)), usage.completenessPercent());
    }
}
