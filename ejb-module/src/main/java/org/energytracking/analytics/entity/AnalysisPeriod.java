package org.energytracking.analytics.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;

/** The half-open interval [from, to) an analysis covers; empty when a compared part has not begun. */
record AnalysisPeriod(Instant from, Instant to) {

    AnalysisPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period must not end before it starts: " + from + " .. " + to);
        }
    }

    boolean contains(long epochMs) {
        return epochMs >= from.toEpochMilli() && epochMs < to.toEpochMilli();
    }

    /** The starts of the UTC-aligned 15-minute buckets that start in the period. */
    LongStream quarterStarts() {
        long first = Math.floorDiv(from.toEpochMilli() + SiteQuarter.LENGTH_MS - 1, SiteQuarter.LENGTH_MS)
                * SiteQuarter.LENGTH_MS;
        long end = to.toEpochMilli();
        return LongStream.iterate(first, start -> start < end, start -> start + SiteQuarter.LENGTH_MS);
    }

    /**
     * The local days whose first instant lies in the period: each day belongs to exactly one of two
     * adjacent periods, so a standing charge is never counted twice nor lost between them.
     */
    List<LocalDate> daysStartingIn(ZoneId zone) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (contains(day.atStartOfDay(zone).toInstant().toEpochMilli())) {
                days.add(day);
            }
        }
        return days;
    }
}
