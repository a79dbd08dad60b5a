package org.energytracking.reports.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The local days [first, end) a report covers, in the site's zone: a day, a week from Monday, a month, a year,
 * or a custom range. Instants come only with a zone, so a DST day is 23 or 25 hours long.
 */
public record ReportPeriod(Cadence cadence, LocalDate first, LocalDate end) {

    public ReportPeriod {
        if (!first.isBefore(end)) {
            throw new IllegalArgumentException("a period ends after it starts: " + first + " to " + end);
        }
    }

    /** The period of this cadence that holds the day. */
    public static ReportPeriod containing(Cadence cadence, LocalDate day) {
        return switch (cadence) {
            case DAILY -> new ReportPeriod(cadence, day, day.plusDays(1));
            case WEEKLY -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportPeriod(cadence, monday, monday.plusWeeks(1));
            }
            case MONTHLY -> new ReportPeriod(cadence, day.withDayOfMonth(1), day.withDayOfMonth(1).plusMonths(1));
            case YEARLY -> new ReportPeriod(cadence, day.withDayOfYear(1), day.withDayOfYear(1).plusYears(1));
            case CUSTOM -> throw new IllegalArgumentException("a custom period has no calendar");
        };
    }

    public static ReportPeriod custom(LocalDate first, LocalDate end) {
        return new ReportPeriod(Cadence.CUSTOM, first, end);
    }

    /** From its key: 2026-11-05 daily, 2026-W47 weekly, 2026-11 monthly, 2026 yearly. */
    public static ReportPeriod parse(Cadence cadence, String key) {
        try {
            return switch (cadence) {
                case DAILY -> containing(cadence, LocalDate.parse(key));
                case WEEKLY -> {
                    String[] parts = key.split("-W");
                    LocalDate day = LocalDate.of(Integer.parseInt(parts[0]), 6, 1)
                            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(parts[1]));
                    yield containing(cadence, day);
                }
                case MONTHLY -> containing(cadence, YearMonth.parse(key).atDay(1));
                case YEARLY -> containing(cadence, LocalDate.of(Integer.parseInt(key), 1, 1));
                case CUSTOM -> throw new IllegalArgumentException("a custom period has no key");
            };
        } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a " + cadence.apiName() + " period: " + key);
        }
    }

    public String key() {
        return switch (cadence) {
            case DAILY -> first.toString();
            case WEEKLY -> first.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> YearMonth.from(first).toString();
            case YEARLY -> Integer.toString(first.getYear());
            case CUSTOM -> first + ".." + end;
        };
    }

    /** For people: "November 2026", "Week 47 2026 (16 Nov – 22 Nov 2026)", "2026", "5 Nov 2026". */
    public String label() {
        return label(ReportWords.ENGLISH);
    }

    /** {@link #label()} in the words' language: "November 2026", "KW 47 2026 (16. Nov. 2026 – 22. Nov. 2026)". */
    public String label(ReportWords words) {
        DateTimeFormatter day = words.dates("period.day");
        return switch (cadence) {
            case DAILY -> day.format(first);
            case WEEKLY -> words.get("period.week", Integer.toString(first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    Integer.toString(first.get(IsoFields.WEEK_BASED_YEAR)), day.format(first), day.format(end.minusDays(1)));
            case MONTHLY -> words.dates("period.month").format(first);
            case YEARLY -> Integer.toString(first.getYear());
            case CUSTOM -> day.format(first) + " – " + day.format(end.minusDays(1));
        };
    }

    public ReportPeriod next() {
        return cadence == Cadence.CUSTOM ? custom(end, end.plusDays(days())) : containing(cadence, end);
    }

    /** The period just before: the previous month for a month, as many days before for a custom range. */
    public ReportPeriod previous() {
        return cadence == Cadence.CUSTOM ? custom(first.minusDays(days()), first) : containing(cadence, first.minusDays(1));
    }

    /** The same period a year before (the Monday-aligned week of the same number for weeks). */
    public ReportPeriod yearBefore() {
        return switch (cadence) {
            case WEEKLY -> containing(cadence, first.minusWeeks(52));
            case CUSTOM -> custom(first.minusYears(1), end.minusYears(1));
            default -> containing(cadence, first.minusYears(1));
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, end);
    }

    public Instant from(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    public Instant to(ZoneId zone) {
        return end.atStartOfDay(zone).toInstant();
    }

    /** When it is delivered: at the local time on the day after the period (a time a DST gap skips moves on). */
    public Instant dueAt(ZoneId zone, LocalTime delivery) {
        return end.atTime(delivery).atZone(zone).toInstant();
    }

    /** A year is shown by months, anything shorter by days. */
    public boolean byMonths() {
        return cadence == Cadence.YEARLY;
    }
}
