package org.energytracking.ingest.entity;

import java.time.YearMonth;
import java.time.ZoneOffset;

/** One month of readings, [first instant of the month, first instant of the next) in UTC. */
public record MonthlyPartition(YearMonth month) {

    public String name() {
        return String.format("p%04d%02d", month.getYear(), month.getMonthValue());
    }

    public long fromTs() {
        return startOf(month);
    }

    /** The partition's {@code VALUES LESS THAN} bound. */
    public long lessThan() {
        return startOf(month.plusMonths(1));
    }

    public String definition() {
        return "PARTITION " + name() + " VALUES LESS THAN (" + lessThan() + ")";
    }

    static long startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
