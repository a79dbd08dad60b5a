package org.energytracking.metering.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/** The standing charges of the local days of a bucket, days after {@code today} not yet owed. */
public final class StandingCharges {

    private StandingCharges() {
    }

    /** What one day owes (amount null: no tariff that day). */
    public record Day(BigDecimal amount, String currency) {
        public static final Day NONE = new Day(null, null);

        public Day plus(Day other) {
            return new Day(RollupRow.add(amount, other.amount), currency != null ? currency : other.currency);
        }
    }

    static Day over(Bucket bucket, ZoneId zone, LocalDate today, Function<LocalDate, Day> standing) {
        Day total = Day.NONE;
        LocalDate end = bucket.end().atZone(zone).toLocalDate();
        for (LocalDate day = bucket.start().atZone(zone).toLocalDate(); day.isBefore(end) && !day.isAfter(today);
             day = day.plusDays(1)) {
            total = total.plus(standing.apply(day));
        }
        return total;
    }
}
