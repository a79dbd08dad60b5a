package org.energytracking.dashboard.entity;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.energytracking.metering.entity.Resolution;

/**
 * The local days a dashboard shows, [first, end), and the period of the same length before them.
 * One day is drawn by hours, longer periods by days.
 */
public record DashboardPeriod(LocalDate first, LocalDate end) {

    public static final int MAX_DAYS = 366;

    public enum Choice { TODAY, WEEK, MONTH, CUSTOM }

    /** The period as the user asked for it, before the site's today is known. */
    public record Request(Choice choice, LocalDate customFirst, LocalDate customLast) implements Serializable {

        public DashboardPeriod on(LocalDate today) {
            return of(choice, today, customFirst, customLast);
        }
    }

    public DashboardPeriod {
        if (!end.isAfter(first)) {
            throw new IllegalArgumentException("the period must end after it begins: " + first + " to " + end);
        }
    }

    /** A custom period runs from its first to its last day, both included. */
    public static DashboardPeriod of(Choice choice, LocalDate today, LocalDate customFirst, LocalDate customLast) {
        return switch (choice) {
            case TODAY -> new DashboardPeriod(today, today.plusDays(1));
            case WEEK -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new DashboardPeriod(monday, monday.plusWeeks(1));
            }
            case MONTH -> new DashboardPeriod(today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1));
            case CUSTOM -> new DashboardPeriod(customFirst, customLast.plusDays(1));
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, end);
    }

    public Resolution resolution() {
        return days() == 1 ? Resolution.HOUR : Resolution.DAY;
    }

    public DashboardPeriod previous() {
        return new DashboardPeriod(first.minusDays(days()), first);
    }

    public Instant from(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    public Instant to(ZoneId zone) {
        return end.atStartOfDay(zone).toInstant();
    }
}
