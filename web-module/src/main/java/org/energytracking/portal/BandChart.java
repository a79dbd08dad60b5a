package org.energytracking.portal;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.energytracking.anomalies.entity.HourBand;

/**
 * An hourly energy chart (kWh) in front of its anomaly band: the usual range grey behind the actual line, the
 * hours found unusual as red points. Bucket {@code i} is the hour starting at {@code starts.get(i)}, so a click on a
 * mark (PrimeFaces' itemSelect: the bucket's index) finds its alert with {@link #alertAt}.
 */
public record BandChart(List<Long> starts, HourBand band) implements Serializable {

    private static final int RED = 5;

    public String json(List<String> labels, Charts.Series actual, String marksLabel) {
        Map<Long, HourBand.Hour> byStart = band.hours().stream().collect(Collectors.toMap(HourBand.Hour::start, Function.identity()));
        List<Double> low = starts.stream().map(start -> kwh(byStart.get(start), HourBand.Hour::lowWh)).toList();
        List<Double> high = starts.stream().map(start -> kwh(byStart.get(start), HourBand.Hour::highWh)).toList();
        List<Number> marks = IntStream.range(0, starts.size()).<Number>mapToObj(i -> {
            HourBand.Hour hour = byStart.get(starts.get(i));
            return hour != null && hour.unusual() ? actual.values().get(i) : null;
        }).toList();
        return Charts.band(labels, "kWh", actual, low, high, new Charts.Series(marksLabel, marks, RED));
    }

    /** The alert of the unusual hour drawn as bucket {@code index}; null when it is not a mark or has none. */
    public Long alertAt(int index) {
        if (index < 0 || index >= starts.size()) {
            return null;
        }
        long start = starts.get(index);
        return band.hours().stream().filter(hour -> hour.start() == start && hour.unusual()).map(HourBand.Hour::alertId).findFirst().orElse(null);
    }

    private static Double kwh(HourBand.Hour hour, Function<HourBand.Hour, Double> wh) {
        return hour == null || wh.apply(hour) == null ? null : wh.apply(hour) / 1000;
    }
}
