package org.energytracking.devices;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.energytracking.anomalies.entity.BaselineView;
import org.energytracking.portal.Charts;

/** The hourly history chart with the usual range behind it (kWh) and the hours found unusual marked in red. */
final class BaselineBand {

    private static final int RED = 5;

    private BaselineBand() {
    }

    static String chart(List<String> labels, Charts.Series actual, List<HistoryRow> rows, BaselineView baseline, Set<Long> unusual, ZoneId zone) {
        List<Double> low = rows.stream().map(row -> baseline.slotOf(row.start().toInstant(), zone).map(slot -> slot.lowWh() / 1000).orElse(null)).toList();
        List<Double> high = rows.stream().map(row -> baseline.slotOf(row.start().toInstant(), zone).map(slot -> slot.highWh() / 1000).orElse(null)).toList();
        List<Number> marks = rows.stream().map(row -> unusual.contains(row.start().toInstant().toEpochMilli()) ? (Number) row.energyKwh() : null).toList();
        return Charts.band(labels, "kWh", actual, low, high, new Charts.Series(DeviceTexts.text("device.history.unusual"), marks, RED));
    }
}
