package org.energytracking.anomalies.entity;

/** One judged hour, [start, end) in epoch ms. */
public record HourVerdict(long start, long end, Verdict verdict) {
}
