package org.energytracking.simulator;

import java.util.Locale;

/**
 * One measured window of {@code broker-floor}: what the broker, the consumer and the publisher JVMs used
 * (utime + stime ticks from /proc) while the publishers had {@code acked} messages acknowledged, and how
 * far the consumer was behind at its end. CPU per message counts acknowledged publishes: the unit the
 * platform's benchmark also divides by.
 */
record FloorPhase(String name, double seconds, long acked, long consumed, long backlogAtEnd, long brokerTicks,
                  long consumerTicks, long publisherTicks, long machineBusyTicks, double loadAverage) {

    /** /proc counts in USER_HZ, which Linux fixes at 100 for user space. */
    static final double TICKS_PER_SECOND = 100;

    double rate() {
        return seconds <= 0 ? 0 : acked / seconds;
    }

    double brokerMicros() {
        return micros(brokerTicks);
    }

    double consumerMicros() {
        return micros(consumerTicks);
    }

    double publisherMicros() {
        return micros(publisherTicks);
    }

    /** Cores in use on the whole machine during the window, by anything. */
    double machineBusyCores() {
        return seconds <= 0 ? 0 : machineBusyTicks / TICKS_PER_SECOND / seconds;
    }

    private double micros(long ticks) {
        return acked == 0 ? 0 : ticks / TICKS_PER_SECOND * 1e6 / acked;
    }

    static String header() {
        return String.format(Locale.ROOT, "%-16s %8s %9s %12s %14s %15s %16s %12s %8s%n", "phase", "seconds", "msgs/s",
                "broker µs", "consumer µs", "publisher µs", "machine cores", "load (1 min)", "backlog");
    }

    String row() {
        return String.format(Locale.ROOT, "%-16s %8.1f %9.0f %12.1f %14.1f %15.1f %16.2f %12.2f %8d%n", name, seconds, rate(),
                brokerMicros(), consumerMicros(), publisherMicros(), machineBusyCores(), loadAverage, backlogAtEnd);
    }
}
