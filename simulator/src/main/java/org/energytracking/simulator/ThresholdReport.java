package org.energytracking.simulator;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** The threshold benchmark's table (rate and CPU per message per process, each phase) and its verdict. */
final class ThresholdReport {

    /** The bound: threshold rules may slow ingest down by at most 5 %. */
    static final double MAX_EXTRA = 0.05;
    private static final List<String> PROCESSES = List.of("publisher", "broker", "app server", "database");

    private ThresholdReport() {
    }

    static String table(List<ThresholdBenchmark.Measured> phases) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s %9s %9s |%10s %8s %11s %9s | %9s%n",
                "phase", "messages", "stored", "msgs/s", "publisher", "broker", "app server", "database", "platform"));
        sb.append(String.format(Locale.ROOT, "%-50s | %-42s| %s%n", "", "CPU µs per message", "µs/msg"));
        for (ThresholdBenchmark.Measured phase : phases) {
            BenchmarkReport.PhaseResult r = phase.result();
            sb.append(String.format(Locale.ROOT, "%-20s %9d %9d %9.0f |", r.phase(), r.messages(), r.stored(), r.messages() / r.seconds()));
            for (String process : PROCESSES) {
                sb.append(String.format(Locale.ROOT, process.equals("publisher") ? "%10s" : process.equals("app server") ? " %11s" : " %8s",
                        phase.cpu().map(cpu -> String.format(Locale.ROOT, "%.0f", cpu.microsPerMessage(process))).orElse("-")));
            }
            sb.append(String.format(Locale.ROOT, " | %9s%n",
                    phase.cpu().map(cpu -> String.format(Locale.ROOT, "%.0f", cpu.platformMicrosPerMessage())).orElse("-")));
        }
        return sb.toString();
    }

    static String verdict(List<ThresholdBenchmark.Measured> phases) {
        long lost = phases.stream().mapToLong(p -> p.result().expected() - p.result().stored()).sum();
        phases = phases.stream().filter(ThresholdBenchmark.Measured::counted).toList();
        OptionalDouble plainCpu = mean(phases, p -> !p.ruled(), ThresholdReport::platformMicros);
        OptionalDouble ruledCpu = mean(phases, ThresholdBenchmark.Measured::ruled, ThresholdReport::platformMicros);
        double plainRate = mean(phases, p -> !p.ruled(), ThresholdReport::rate).orElse(Double.NaN);
        double ruledRate = mean(phases, ThresholdBenchmark.Measured::ruled, ThresholdReport::rate).orElse(Double.NaN);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "mean rate: %.0f msgs/s without rules, %.0f with (%+.1f %%)%n", plainRate, ruledRate, 100 * (ruledRate / plainRate - 1)));
        if (plainCpu.isPresent() && ruledCpu.isPresent()) {
            double extra = ruledCpu.getAsDouble() / plainCpu.getAsDouble() - 1;
            sb.append(String.format(Locale.ROOT, "mean platform CPU: %.0f µs per message without rules, %.0f with (%+.1f %%);"
                    + " target at most +%.0f %%: %s%n", plainCpu.getAsDouble(), ruledCpu.getAsDouble(), 100 * extra, 100 * MAX_EXTRA,
                    extra <= MAX_EXTRA ? "met" : "NOT met"));
        } else {
            sb.append("platform CPU not measured (the platform does not run on this machine from this DATA_DIR)\n");
        }
        sb.append(String.format(Locale.ROOT, "lost or duplicated readings: %d%n", lost));
        return sb.toString();
    }

    private static double platformMicros(ThresholdBenchmark.Measured phase) {
        return phase.cpu().map(CpuShare::platformMicrosPerMessage).orElse(Double.NaN);
    }

    private static double rate(ThresholdBenchmark.Measured phase) {
        return phase.result().messages() / phase.result().seconds();
    }

    private static OptionalDouble mean(List<ThresholdBenchmark.Measured> phases, Predicate<ThresholdBenchmark.Measured> which,
                                       ToDoubleFunction<ThresholdBenchmark.Measured> figure) {
        return phases.stream().filter(which).mapToDouble(figure).filter(value -> !Double.isNaN(value)).average();
    }
}
