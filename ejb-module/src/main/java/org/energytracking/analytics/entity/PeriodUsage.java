package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The entries that start in one period (others are ignored), and the same summed per bucket. */
record PeriodUsage(AnalysisPeriod period, List<UsageQuarter> entries, List<SiteQuarter> quarters) {

    static PeriodUsage of(AnalysisPeriod period, List<UsageQuarter> all) {
        List<UsageQuarter> entries = all.stream().filter(entry -> period.contains(entry.start())).toList();
        return new PeriodUsage(period, entries, SiteQuarter.sumByStart(entries));
    }

    double energyWh() {
        return entries.stream().mapToDouble(UsageQuarter::energyWh).sum();
    }

    /** Energy cost plus the standing charges of the days starting in the period; null when neither is known. */
    BigDecimal cost(ZoneId zone, Map<LocalDate, BigDecimal> standingChargesByDay) {
        Stream<BigDecimal> standing = period.daysStartingIn(zone).stream().map(standingChargesByDay::get);
        return Money.sumOfKnown(Stream.concat(entries.stream().map(UsageQuarter::cost), standing));
    }

    /** Known time over the time of the period's buckets: a bucket without entries counts as unknown. */
    BigDecimal completenessPercent() {
        long knownMs = quarters.stream().mapToLong(SiteQuarter::knownWithinMs).sum();
        return DisplayRounding.completenessPercent(knownMs, period.quarterStarts().count() * SiteQuarter.LENGTH_MS);
    }
}
