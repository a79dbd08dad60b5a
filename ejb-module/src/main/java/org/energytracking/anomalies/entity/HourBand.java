package org.energytracking.anomalies.entity;

import java.io.Serializable;
import java.util.List;

/**
 * An hourly chart's anomaly view of a device or a site's total: each hour's known energy, the usual range it was
 * judged against under the rule that watches it, whether it was found unusual, and the alert that says so.
 */
public record HourBand(List<Hour> hours) implements Serializable {

    /** [start, start + 1 h); {@code actualWh} null when not wholly known, the range null while learning. */
    public record Hour(long start, Double actualWh, Double lowWh, Double highWh, boolean unusual, Long alertId) implements Serializable {
    }

    public boolean hasRange() {
        return hours.stream().anyMatch(hour -> hour.highWh() != null);
    }
}
