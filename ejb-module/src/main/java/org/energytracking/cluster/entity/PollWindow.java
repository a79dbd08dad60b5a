package org.energytracking.cluster.entity;

import java.time.Duration;

/**
 * How far back a poll for changes another instance made looks: back to the start of the last poll that
 * answered, plus an overlap for rows stamped by an instance whose clock is a little behind, or committed a
 * little after they were stamped. What the overlap finds twice is applied twice, harmlessly. Time in
 * {@link System#nanoTime()} terms, so a jump of the wall clock changes nothing.
 */
public final class PollWindow {

    private final Duration overlap;
    private long lastStartNanos;
    private boolean polled;

    public PollWindow(Duration overlap) {
        this.overlap = overlap;
    }

    /** How far back from now the poll starting at {@code nowNanos} must look. */
    public synchronized Duration lookBack(long nowNanos) {
        Duration since = polled ? Duration.ofNanos(nowNanos - lastStartNanos) : Duration.ZERO;
        return since.plus(overlap);
    }

    /** The poll that started at {@code startNanos} answered: the next looks back to it. */
    public synchronized void answered(long startNanos) {
        lastStartNanos = startNanos;
        polled = true;
    }
}
