package org.energytracking.metering.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

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
        TreeMap<Long, MeterSample> byTs = new TreeMap<>();
        for (MeterSample sample : samples) {
            byTs.merge(sample.ts(), sample, MeterSample::mergedWith);
        }
        return new ArrayList<>(byTs.values());
    }
}
