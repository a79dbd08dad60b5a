package org.energytracking.ingest.entity;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which monthly partitions of {@code reading} to add and which to drop, so that every month from
 * the retention limit to {@code monthsAhead} months after now has one, and no month wholly older
 * than the retention limit is kept.
 */
public record PartitionPlan(List<MonthlyPartition> toAdd, List<String> toDrop) {

    /** @param existing partition name to its {@code LESS THAN} bound */
    public static PartitionPlan of(Map<String, Long> existing, Instant now, int retentionMonths, int monthsAhead) {
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        YearMonth oldest = current.minusMonths(retentionMonths);
        long highestBound = existing.values().stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
        List<MonthlyPartition> toAdd = new ArrayList<>();
        for (YearMonth month = oldest; !month.isAfter(current.plusMonths(monthsAhead)); month = month.plusMonths(1)) {
            MonthlyPartition partition = new MonthlyPartition(month);
            if (partition.lessThan() > highestBound) {
                toAdd.add(partition);
            }
        }
        long retentionStart = MonthlyPartition.startOf(oldest);
        List<String> toDrop = existing.entrySet().stream()
                .filter(partition -> partition.getValue() <= retentionStart)
                .map(Map.Entry::getKey).sorted().toList();
        return new PartitionPlan(List.copyOf(toAdd), toDrop);
    }

    public boolean isEmpty() {
        return toAdd.isEmpty() && toDrop.isEmpty();
    }
}
