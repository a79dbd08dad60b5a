package org.energytracking.metering.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Disjoint intervals claimed source by source: an interval added later only takes the time that no
 * earlier one holds, so the first source claimed has precedence.
 */
final class Timeline {

    private List<Interval> taken = List.of();

    /** @param incoming in time order and disjoint, as the intervals between consecutive readings are */
    void claim(List<Interval> incoming) {
        List<Interval> merged = new ArrayList<>(taken.size() + incoming.size());
        int next = 0;
        for (Interval interval : incoming) {
            long cursor = interval.start();
            while (next < taken.size() && taken.get(next).start() < interval.end()) {
                Interval held = taken.get(next);
                if (held.start() > cursor) {
                    merged.add(interval.piece(cursor, held.start()));
                }
                cursor = Math.max(cursor, held.end());
                if (held.end() > interval.end()) {
                    break; // it reaches past this interval: the next incoming one (or the end) adds it
                }
                merged.add(held);
                next++;
            }
            if (cursor < interval.end()) {
                merged.add(interval.piece(cursor, interval.end()));
            }
        }
        merged.addAll(taken.subList(next, taken.size()));
        taken = merged;
    }

    List<Interval> intervals() {
        return List.copyOf(taken);
    }
}
