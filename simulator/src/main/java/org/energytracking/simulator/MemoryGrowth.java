package org.energytracking.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the platform's resident memory grows during a steady run: the mean of the last minute against the
 * mean of the minute after a warm-up (the first 2 minutes; both windows shrink to 20 % of a shorter run).
 * "No growth" is read as: the last minute is less than {@value #TARGET_PERCENT} % above the warm level.
 */
record MemoryGrowth(double warmFromSeconds, double warmToSeconds, double warmMeanMb,
                    double lastFromSeconds, double lastToSeconds, double lastMeanMb) {

    static final double TARGET_PERCENT = 5;
    private static final double WARM_UP_SECONDS = 120;
    private static final double WINDOW_SECONDS = 60;
    private static final String BARS = "▁▂▃▄▅▆▇█";

    /** One reading of the resident memory, {@code atSeconds} after the phase started. */
    record Sample(double atSeconds, long residentMb) {
    }

    /** Empty when a window holds no sample. */
    static Optional<MemoryGrowth> of(List<Sample> samples, double phaseSeconds) {
        double warmUp = Math.min(WARM_UP_SECONDS, 0.2 * phaseSeconds);
        double window = Math.min(WINDOW_SECONDS, 0.2 * phaseSeconds);
        double warmMean = mean(samples, warmUp, warmUp + window);
        double lastMean = mean(samples, phaseSeconds - window, Math.nextUp(phaseSeconds));
        if (Double.isNaN(warmMean) || Double.isNaN(lastMean)) {
            return Optional.empty();
        }
        return Optional.of(new MemoryGrowth(warmUp, warmUp + window, warmMean, phaseSeconds - window, phaseSeconds, lastMean));
    }

    private static double mean(List<Sample> samples, double fromSeconds, double toSeconds) {
        return samples.stream().filter(s -> s.atSeconds() >= fromSeconds && s.atSeconds() < toSeconds)
                .mapToLong(Sample::residentMb).average().orElse(Double.NaN);
    }

    double growthMb() {
        return lastMeanMb - warmMeanMb;
    }

    double growthPercent() {
        return 100 * growthMb() / warmMeanMb;
    }

    boolean noGrowth() {
        return growthPercent() < TARGET_PERCENT;
    }

    String summary() {
        return String.format(Locale.ROOT, "warm %.0f–%.0f s: mean %s MB; last %.0f–%.0f s: mean %s MB; growth %+.0f MB (%+.1f %%)",
                warmFromSeconds, warmToSeconds, Simulator.number(warmMeanMb), lastFromSeconds, lastToSeconds,
                Simulator.number(lastMeanMb), growthMb(), growthPercent());
    }

    /** One bar per sample, from the series' minimum (▁) to its maximum (█). */
    static String sparkline(List<Sample> samples) {
        long min = samples.stream().mapToLong(Sample::residentMb).min().orElse(0);
        long max = samples.stream().mapToLong(Sample::residentMb).max().orElse(0);
        StringBuilder sb = new StringBuilder(samples.size());
        for (Sample s : samples) {
            int level = max == min ? 0 : (int) ((s.residentMb() - min) * (BARS.length() - 1) / (max - min));
            sb.append(BARS.charAt(level));
        }
        return sb.toString();
    }
}
