package org.energytracking.cluster.entity;

import java.time.Duration;

/**
 * How long a schedule lease lasts from a round's start. The holder renews it at every tick of its timer, so it
 * must outlast the time between two ticks; otherwise another instance would find it run out between the holder's
 * rounds and run the next round too. A job on a calendar (every hour, every night) fires at the same time on every
 * instance, so the configured length alone keeps the others out.
 */
public final class LeaseTerm {

    private LeaseTerm() {
    }

    /** The configured length, or twice the timer's interval when that is longer. */
    public static Duration of(Duration configured, Duration interval) {
        Duration twoTicks = interval.multipliedBy(2);
        return twoTicks.compareTo(configured) > 0 ? twoTicks : configured;
    }

    /** Whole seconds, rounded up: the database adds seconds. */
    public static long seconds(Duration term) {
        return term.plusMillis(999).toSeconds();
    }
}
