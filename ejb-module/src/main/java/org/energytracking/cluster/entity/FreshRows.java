package org.energytracking.cluster.entity;

import java.util.List;
import java.util.Map;

/**
 * Of the rows an overlapping poll finds (by id), those the previous poll did not: each row is acted on once
 * although polls look back over the same rows for a while. A row committed late, inside the overlap, is fresh
 * when it first shows up.
 */
public final class FreshRows<T> {

    private Map<Long, T> previous = Map.of();

    /** The values of the rows not found last time, each value once, in the order found. */
    public List<T> of(Map<Long, T> found) {
        Map<Long, T> before = previous;
        previous = Map.copyOf(found);
        return found.entrySet().stream().filter(row -> !before.containsKey(row.getKey())).map(Map.Entry::getValue).distinct().toList();
    }
}
