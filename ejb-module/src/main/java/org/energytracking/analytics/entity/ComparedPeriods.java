package org.energytracking.analytics.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period, the period before it, and how far into each a comparison looks. A period still running
 * is compared up to its last whole quarter hour with as much of the previous one (never today so far
 * against the whole of yesterday); one that has not begun compares nothing yet.
 * <p>
 * A period of whole local days has as many local days before it, and the cut falls at the same local
 * time (yesterday up to this time of day, also beside a day of 23 or 25 hours). Any other period has one
 * of the same length before it, cut as far into it as the period has run.
 *
 * @param until          where the compared part of the period ends; {@code to} once the period is over
 * @param previousUntil  where the compared part of the previous period ends; {@code from} when it is compared whole
 */
public record ComparedPeriods(Instant from, Instant to, Instant previousFrom, Instant until, Instant previousUntil) {

    public ComparedPeriods {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a period must end after it starts: " + from + " .. " + to);
        }
    }

    public static ComparedPeriods of(Instant from, Instant to, ZoneId zone, Instant now) {
        long days = wholeLocalDays(from, to, zone);
        Instant previousFrom = days > 0
                ? from.atZone(zone).toLocalDate().minusDays(days).atStartOfDay(zone).toInstant()
                : from.minus(Duration.between(from, to));
        if (!now.isBefore(to)) {
            return new ComparedPeriods(from, to, previousFrom, to, from);
        }
        Instant until = latest(from, Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), SiteQuarter.LENGTH_MS)
                * SiteQuarter.LENGTH_MS));
        Instant previousUntil = days > 0 ? until.atZone(zone).minusDays(days).toInstant()
                : previousFrom.plus(Duration.between(from, until));
        return new ComparedPeriods(from, to, previousFrom, until, earliest(latest(previousUntil, previousFrom), from));
    }

    /** Whether the period is still running, so only its part up to {@link #until} is compared. */
    public boolean partial() {
        return until.isBefore(to);
    }

    AnalysisPeriod period() {
        return new AnalysisPeriod(from, to);
    }

    AnalysisPeriod comparedPart() {
        return new AnalysisPeriod(from, until);
    }

    AnalysisPeriod comparedPreviousPart() {
        return new AnalysisPeriod(previousFrom, previousUntil);
    }

    /** The number of local days when the period runs from one local midnight to another, else 0. */
    private static long wholeLocalDays(Instant from, Instant to, ZoneId zone) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate end = to.atZone(zone).toLocalDate();
        boolean midnights = first.atStartOfDay(zone).toInstant().equals(from) && end.atStartOfDay(zone).toInstant().equals(to);
        return midnights ? ChronoUnit.DAYS.between(first, end) : 0;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
