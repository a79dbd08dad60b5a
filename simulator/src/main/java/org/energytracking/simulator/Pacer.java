package org.energytracking.simulator;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * A rate limiter shared by several threads: permit k is due at {@code origin + k / rate} on an absolute
 * schedule, so pacing does not drift with the time each caller spends between permits. A caller that
 * fell behind gets its permits at once, but never more than {@code maxLagNanos} worth of them: after a
 * stall the schedule restarts instead of bursting to catch up.
 */
final class Pacer {

    private final double intervalNanos;
    private final long maxLagNanos;
    private final LongSupplier nanoClock;
    private boolean started;
    private long origin;
    private long issued;

    Pacer(double perSecond, long maxLagNanos, LongSupplier nanoClock) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
        this.intervalNanos = 1e9 / perSecond;
        this.maxLagNanos = maxLagNanos;
        this.nanoClock = nanoClock;
    }

    static Pacer perSecond(double rate) {
        return new Pacer(rate, 250_000_000L, System::nanoTime);
    }

    /** Takes the next permit and answers when it is due (by the clock); the caller waits until then. */
    synchronized long reserve() {
        long now = nanoClock.getAsLong();
        if (!started) {
            started = true;
            origin = now;
        }
        long due = origin + Math.round(issued * intervalNanos);
        if (due < now - maxLagNanos) {
            origin = now - maxLagNanos;
            issued = 0;
            due = origin;
        }
        issued++;
        return due;
    }

    /** Waits for the next permit; answers its due time. */
    long acquire() throws InterruptedException {
        long due = reserve();
        for (long wait = due - nanoClock.getAsLong(); wait > 0; wait = due - nanoClock.getAsLong()) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return due;
    }
}
