package org.energytracking.metering.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** One stored reading: ts in epoch ms UTC; a null field was not reported. */
public record MeterSample(long ts, Double energyWh, Double powerW) {

    public boolean hasEnergy() {
        return energyWh != null;
    }

    public boolean hasPower() {
        return powerW != null;
    }

    /** The same instant reported twice: this sample's fields win, the other fills the gaps. */
    public MeterSample mergedWith(MeterSample other) {
        return new MeterSample(ts, energyWh != null ? energyWh : other.energyWh,
                powerW != null ? powerW : other.powerW);
    }

    /** One sample per ts in time order; duplicates merged so that the first one given wins field by field. */
    public static List<MeterSample> oneByTs(Collection<MeterSample> samples) {
        List<MeterSample> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparingLong(MeterSample::ts)); // stable: the first given stays first
        List<MeterSample> merged = new ArrayList<>(sorted.size());
        for (MeterSample sample : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).ts() == sample.ts()) {
                merged.set(last, merged.get(last).mergedWith(sample));
            } else {
                merged.add(sample);
            }
        }
        return merged;
    }
}
