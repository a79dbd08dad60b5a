package org.energytracking.simulator;

import java.util.List;
import java.util.Locale;

/** The benchmark's result table. */
final class BenchmarkReport {

    /**
     * One phase's outcome. {@code seconds}: publish start until the last row was seen stored;
     * {@code publishSeconds}: publish start until the last acknowledgement.
     */
    record PhaseResult(String phase, long messages, long expected, long stored, double seconds, double publishSeconds,
                       long publishErrors) {

        double messagesPerSecond() {
            return seconds > 0 ? messages / seconds : 0;
        }

        double readingsPerSecond() {
            return seconds > 0 ? stored / seconds : 0;
        }

        long lost() {
            return Math.max(0, expected - stored);
        }

        long duplicated() {
            return Math.max(0, stored - expected);
        }
    }

    private static final String ROW = "%-14s %12s %12s %10s %11s %24s %7s%n";

    private BenchmarkReport() {
    }

    /** The table; {@code baselineRate} is NaN when the baseline could not be measured. */
    static String table(List<PhaseResult> results, double baselineRate) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, ROW, "phase", "messages/s", "readings/s", "lost", "duplicated",
                "raw baseline readings/s", "ratio"));
        for (PhaseResult r : results) {
            sb.append(String.format(Locale.ROOT, ROW, r.phase(), Simulator.number(r.messagesPerSecond()),
                    Simulator.number(r.readingsPerSecond()), r.lost(), r.duplicated(),
                    Double.isNaN(baselineRate) ? "n/a" : Simulator.number(baselineRate),
                    Double.isNaN(baselineRate) || baselineRate <= 0 ? "n/a"
                            : String.format(Locale.ROOT, "%.3f", r.readingsPerSecond() / baselineRate)));
        }
        return sb.toString();
    }

    /** One detail line per phase, below the table. */
    static String details(PhaseResult r) {
        return String.format(Locale.ROOT,
                "%s: %d messages, %d/%d readings stored in %.2f s (publishing took %.2f s, %d publish errors)",
                r.phase(), r.messages(), r.stored(), r.expected(), r.seconds(), r.publishSeconds(), r.publishErrors());
    }
}
