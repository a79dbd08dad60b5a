package org.energytracking.metering.entity;

/**
 * Consumption in [start, end), spread linearly in time; known=false means the energy is unknown
 * (energyWh 0), which is not the same as none.
 */
public record Interval(long start, long end, double energyWh, boolean known) {

    public Interval {
        if (end <= start) {
            throw new IllegalArgumentException("empty interval [" + start + ", " + end + ")");
        }
    }

    public static Interval unknown(long start, long end) {
        return new Interval(start, end, 0, false);
    }

    public long lengthMs() {
        return end - start;
    }

    /** Milliseconds of [from, to) inside this interval. */
    public long overlapMs(long from, long to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }

    /** This interval's share of energy in [from, to). */
    public double energyWithin(long from, long to) {
        long overlap = overlapMs(from, to);
        // the whole interval keeps its exact value; multiplying first keeps shares exact where they can be
        return overlap == lengthMs() ? energyWh : energyWh * overlap / lengthMs();
    }

    /** The part of this interval in [from, to), which must overlap it. */
    public Interval piece(long from, long to) {
        return new Interval(Math.max(start, from), Math.min(end, to), energyWithin(from, to), known);
    }
}
