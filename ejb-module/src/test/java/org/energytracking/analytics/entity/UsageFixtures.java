package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Shared test data: 15-minute entries written by their start, so that tests read as the example they check. */
final class UsageFixtures {

    static final ZoneId UTC = ZoneId.of("UTC");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final long COMPLETE = SiteQuarter.LENGTH_MS;

    private UsageFixtures() {
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** The instant of a local date-time such as "2026-03-29T00:00" in a zone (the earlier one if it repeats). */
    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    static UsageQuarter quarter(String startUtc, double energyWh) {
        return quarter(startUtc, energyWh, COMPLETE);
    }

    static UsageQuarter quarter(Instant start, double energyWh) {
        return new UsageQuarter(start.toEpochMilli(), energyWh, COMPLETE, null, null);
    }

    static UsageQuarter quarter(String startUtc, double energyWh, long knownMs) {
        return new UsageQuarter(at(startUtc).toEpochMilli(), energyWh, knownMs, null, null);
    }

    static UsageQuarter priced(String startUtc, double energyWh, String cost, String window) {
        return new UsageQuarter(at(startUtc).toEpochMilli(), energyWh, COMPLETE, new BigDecimal(cost), window);
    }

    /** A complete entry of the same energy for every quarter of [from, to). */
    static List<UsageQuarter> steady(Instant from, Instant to, double whPerQuarter) {
        List<UsageQuarter> entries = new ArrayList<>();
        for (long start = from.toEpochMilli(); start < to.toEpochMilli(); start += SiteQuarter.LENGTH_MS) {
            entries.add(new UsageQuarter(start, whPerQuarter, COMPLETE, null, null));
        }
        return entries;
    }

    /** The local days [fromDay, toDay) with 100 Wh in every quarter: 400 Wh an hour. */
    static PeriodUsage steadyDays(String fromDay, String toDay, ZoneId zone) {
        Instant from = local(fromDay + "T00:00", zone);
        Instant to = local(toDay + "T00:00", zone);
        return usage(from, to, steady(from, to, 100));
    }

    /** 24 hours of 400 Wh but one. */
    static List<BigDecimal> steadyHoursExcept(int hour, BigDecimal energyWh) {
        List<BigDecimal> hours = new ArrayList<>(Collections.nCopies(24, wh("400")));
        hours.set(hour, energyWh);
        return hours;
    }

    static PeriodUsage usage(Instant from, Instant to, List<UsageQuarter> entries) {
        return PeriodUsage.of(new AnalysisPeriod(from, to), entries);
    }

    static BigDecimal wh(String value) {
        return new BigDecimal(value).setScale(3);
    }
}
