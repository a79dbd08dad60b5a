package org.energytracking.metering.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Disjoint intervals claimed source by source: an interval added later only takes the time that no
 * earlier one holds, so the first source claimed has precedence.
 */
final class Timeline {

    private final TreeMap<Long, Interval> byStart = new TreeMap<>();

    void claim(List<Interval> intervals) {
        for (Interval interval : intervals) {
            for (long[] gap : uncovered(interval.start(), interval.end())) {
                Interval piece = interval.piece(gap[0], gap[1]);
                byStart.put(piece.start(), piece);
            }
        }
    }

    List<Interval> intervals() {
        return List.copyOf(byStart.values());
    }

    private List<long[]> uncovered(long from, long to) {
        List<long[]> gaps = new ArrayList<>();
        long cursor = from;
        Map.Entry<Long, Interval> before = byStart.floorEntry(from);
        if (before != null) {
            cursor = Math.max(cursor, before.getValue().end());
        }
        for (Interval taken : byStart.subMap(from, false, to, false).values()) {
            if (taken.start() > cursor) {
                gaps.add(new long[] {cursor, taken.start()});
            }
            cursor = Math.max(cursor, taken.end());
        }
        if (cursor < to) {
            gaps.add(new long[] {cursor, to});
        }
        return gaps;
    }
}
