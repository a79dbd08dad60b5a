package org.energytracking.simulator;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Counters shared by the publishers of one run (thread-safe). */
final class PublishStats {

    final LongAdder sentMessages = new LongAdder();
    final LongAdder sentReadings = new LongAdder();
    final LongAdder ackedMessages = new LongAdder();
    final LongAdder ackedReadings = new LongAdder();
    final LongAdder errors = new LongAdder();
    /** Sends repeated after a failure (a lost connection) by publishers that resend. */
    final LongAdder resent = new LongAdder();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    void error(Throwable cause) {
        errors.increment();
        lastError.set(cause == null ? "unknown error" : String.valueOf(cause.getMessage()));
    }

    /** The most recent error message, or null. */
    String lastError() {
        return lastError.get();
    }
}
