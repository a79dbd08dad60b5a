package org.energytracking.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets beside what one benchmark run measured, and a verdict line. Targets this
 * command does not measure yet are listed as such rather than left out.
 */
final class BenchmarkTargets {

    static final double SINGLE_MESSAGES_PER_SECOND = 10_000;
    static final double BATCH_RATIO = 0.5;
    static final long RESIDENT_MB = 1536;

    private BenchmarkTargets() {
    }

    /** The phases' results, the raw baseline (NaN if unknown), the platform's resident MB (-1 if unknown). */
    static String report(BenchmarkReport.PhaseResult single, BenchmarkReport.PhaseResult batch, BenchmarkReport.PhaseResult http,
                         double baseline, long residentMb) {
        List<String> rows = new ArrayList<>();
        int met = 0;
        int measured = 0;
        boolean singleMet = single.messagesPerSecond() >= SINGLE_MESSAGES_PER_SECOND;
        rows.add(row("single-reading messages/s", "≥ 10,000", Simulator.number(single.messagesPerSecond()), singleMet));
        measured++;
        met += singleMet ? 1 : 0;
        if (!Double.isNaN(baseline) && baseline > 0) {
            double ratio = batch.readingsPerSecond() / baseline;
            boolean batchMet = ratio >= BATCH_RATIO;
            rows.add(row("batched readings/s ÷ raw JDBC", "≥ 0.50", String.format(Locale.ROOT, "%.3f (%s ÷ %s)", ratio,
                    Simulator.number(batch.readingsPerSecond()), Simulator.number(baseline)), batchMet));
            double httpRatio = http.readingsPerSecond() / baseline;
            boolean httpMet = httpRatio >= BATCH_RATIO;
            rows.add(row("HTTP bulk readings/s ÷ raw JDBC", "≥ 0.50", String.format(Locale.ROOT, "%.3f (%s ÷ %s)", httpRatio,
                    Simulator.number(http.readingsPerSecond()), Simulator.number(baseline)), httpMet));
            measured += 2;
            met += (batchMet ? 1 : 0) + (httpMet ? 1 : 0);
        }
        long wrong = List.of(single, batch, http).stream().mapToLong(r -> r.lost() + r.duplicated()).sum();
        boolean exact = wrong == 0;
        rows.add(row("lost + duplicated readings", "0", Long.toString(wrong), exact));
        measured++;
        met += exact ? 1 : 0;
        if (residentMb >= 0) {
            boolean memoryMet = residentMb < RESIDENT_MB;
            rows.add(row("app server + broker resident MB", "< 1,536", Long.toString(residentMb), memoryMet));
            measured++;
            met += memoryMet ? 1 : 0;
        }
        rows.add(String.format(Locale.ROOT, "%-34s %-10s %s", "p99 latency at 5,000/s, 10-min growth",
                "see issue", "not measured by this command yet"));
        return String.join("\n", rows) + String.format(Locale.ROOT, "%nverdict: %d of %d measured targets met%n", met, measured);
    }

    private static String row(String what, String target, String measured, boolean met) {
        return String.format(Locale.ROOT, "%-34s %-10s %-28s %s", what, target, measured, met ? "met" : "NOT met");
    }
}
