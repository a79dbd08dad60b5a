package org.energytracking.simulator;

import java.util.Arrays;
import java.util.Locale;

/** A set of latencies in nanoseconds, summarised by nearest-rank percentiles. */
record Latencies(long count, long p50Nanos, long p95Nanos, long p99Nanos, long maxNanos) {

    static final Latencies NONE = new Latencies(0, -1, -1, -1, -1);

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile of sorted values: the smallest value at or below which {@code p} % of them lie. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0 || p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " of " + sorted.length + " values");
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[rank - 1];
    }

    double p99Millis() {
        return p99Nanos / 1e6;
    }

    String summary() {
        return count == 0 ? "none seen" : String.format(Locale.ROOT, "p50 %s, p95 %s, p99 %s, max %s", millis(p50Nanos),
                millis(p95Nanos), millis(p99Nanos), millis(maxNanos));
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }
}
