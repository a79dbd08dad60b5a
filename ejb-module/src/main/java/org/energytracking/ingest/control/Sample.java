package org.energytracking.ingest.control;

import java.util.EnumMap;
import java.util.Map;
import org.energytracking.ingest.entity.Measurand;

/**
 * The values of one instant of one channel as a family adapter finds them, already in our units; fed to a
 * {@link ReadingCollector} so every family gets the same range, clock and retention checks.
 */
final class Sample {

    private final Map<Measurand, Double> values = new EnumMap<>(Measurand.class);
    private Long ts;

    /** Keeps the first value of a quantity: a later one in the same message does not override it. */
    Sample put(Measurand measurand, Double value) {
        if (value != null) {
            values.putIfAbsent(measurand, value);
        }
        return this;
    }

    Sample at(long epochMs) {
        ts = epochMs;
        return this;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The sample as the collector's reading number {@code index}; without a ts the collector stamps the receive time. */
    void feed(ReadingCollector collector, int index) {
        collector.begin(index);
        if (ts != null) {
            collector.timestamp(ts);
        }
        values.forEach(collector::value);
        collector.end();
    }
}
