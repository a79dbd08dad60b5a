package org.energytracking.simulator;

/**
 * What {@code simulate} does to its first device so a demo shows alerts within minutes: it goes silent
 * {@code offlineAfterSeconds} into the run (0: never), and draws {@code spikeWatts} (0: none) from
 * {@code spikeFromSeconds} for {@code spikeSeconds}.
 */
record Disturbance(long offlineAfterSeconds, double spikeWatts, long spikeFromSeconds, long spikeSeconds) {

    static final Disturbance NONE = new Disturbance(0, 0, 0, 0);

    /** The first device is silent once the run is this old. */
    boolean silentAt(long runMillis) {
        return offlineAfterSeconds > 0 && runMillis >= offlineAfterSeconds * 1000;
    }

    /** The reading as the disturbed device reports it at {@code runMillis} into the run. */
    Reading applied(Reading reading, long runMillis) {
        boolean spiking = spikeWatts > 0 && runMillis >= spikeFromSeconds * 1000 && runMillis < (spikeFromSeconds + spikeSeconds) * 1000;
        return spiking ? new Reading(reading.ts(), spikeWatts, reading.voltage(), spikeWatts / reading.voltage(), reading.energy(),
                reading.temperature()) : reading;
    }
}
