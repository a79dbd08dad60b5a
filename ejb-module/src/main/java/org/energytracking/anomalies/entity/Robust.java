package org.energytracking.anomalies.entity;

import java.util.Arrays;

/**
 * Median and median absolute deviation of a few values: one odd hour in eight weeks (a party, a power cut)
 * moves neither, where it would drag a mean and blow up a standard deviation.
 */
public record Robust(double median, double mad, int samples) {

    /** MAD × 1.4826 estimates the standard deviation of normally spread values: k of these is "k sigma". */
    public static final double NORMAL_SCALE = 1.4826;

    public double sigma() {
        return NORMAL_SCALE * mad;
    }

    public static Robust of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double median = median(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return new Robust(median, median(deviations), values.length);
    }

    public Robust withMadAtLeast(double least) {
        return mad >= least ? this : new Robust(median, least, samples);
    }

    /** The middle value, or the mean of the two middle ones. */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Nearest-rank percentile (as the analytics' base load): the value at rank ceil(p / 100 × n). */
    public static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = Math.max(1, (percentile * sorted.length + 99) / 100);
        return sorted[rank - 1];
    }
}
