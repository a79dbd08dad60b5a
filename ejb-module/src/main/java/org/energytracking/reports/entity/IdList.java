package org.energytracking.reports.entity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Row ids kept as one comma-separated column: a report names a handful of devices or users, never queried by one. */
final class IdList {

    private IdList() {
    }

    static List<Long> parse(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    static String stored(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }
}
