package org.energytracking.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods the analytics page offers, as whole local days [from, toExclusive) of the site's zone. */
public enum PeriodPreset {
    THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH, LAST_30_DAYS, CUSTOM;

    public record Days(LocalDate from, LocalDate toExclusive) {

        public boolean isOneDay() {
            return from.plusDays(1).equals(toExclusive);
        }

        public LocalDate lastDay() {
            return toExclusive.minusDays(1);
        }
    }

    /** customFrom and customLast (inclusive) count only for CUSTOM; a reversed pair is swapped. */
    public Days days(LocalDate today, LocalDate customFrom, LocalDate customLast) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        return switch (this) {
            case THIS_WEEK -> new Days(monday, monday.plusWeeks(1));
            case LAST_WEEK -> new Days(monday.minusWeeks(1), monday);
            case THIS_MONTH -> new Days(firstOfMonth, firstOfMonth.plusMonths(1));
            case LAST_MONTH -> new Days(firstOfMonth.minusMonths(1), firstOfMonth);
            case LAST_30_DAYS -> new Days(today.minusDays(29), today.plusDays(1));
            case CUSTOM -> customFrom.isAfter(customLast) ? new Days(customLast, customFrom.plusDays(1))
                    : new Days(customFrom, customLast.plusDays(1));
        };
    }
}
