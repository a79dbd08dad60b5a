package org.energytracking.alerts.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.energytracking.kernel.ApiNames;

/** The local calendar span a budget is for, in the site's zone; weeks start on Monday. */
public enum BudgetPeriod {
    DAY, WEEK, MONTH;

    public String apiName() {
        return ApiNames.of(this);
    }

    /** The first local day of the period that {@code day} falls in. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first local day after the period that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** Where the period that {@code at} falls in begins: local midnight, or the first instant of a day that skips it. */
    public Instant from(Instant at, ZoneId zone) {
        return start(at.atZone(zone).toLocalDate()).atStartOfDay(zone).toInstant();
    }

    /** Where the period that {@code at} falls in ends, exclusive. */
    public Instant to(Instant at, ZoneId zone) {
        return end(start(at.atZone(zone).toLocalDate())).atStartOfDay(zone).toInstant();
    }

    /** "today", "this week", "this month"; or "that day", ... for a period that is over. */
    public String words(boolean current) {
        String noun = switch (this) {
            case DAY -> "day";
            case WEEK -> "week";
            case MONTH -> "month";
        };
        return current ? (this == DAY ? "today" : "this " + noun) : "that " + noun;
    }

    /** "daily", "weekly", "monthly". */
    public String adjective() {
        return this == DAY ? "daily" : apiName() + "ly";
    }

    public static BudgetPeriod parse(String name) {
        return ApiNames.parse(BudgetPeriod.class, name, "params.period");
    }
}
