package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * What a site draws when everything that can be off is off: the 10th percentile of the average power
 * of the complete buckets that start between 00:00 and 05:00 local time. A low percentile rather than
 * the minimum, so that one odd quarter (a meter glitch, a power cut) does not set it.
 */
final class BaseLoad {

    static final int PERCENTILE = 10;
    private static final int NIGHT_END_HOUR = 5;

    private BaseLoad() {
    }

    /** The base load in W, null without a complete night bucket. */
    static BigDecimal powerW(List<SiteQuarter> quarters, ZoneId zone) {
        double[] nightPowerW = quarters.stream()
                .filter(SiteQuarter::complete)
                .filter(quarter -> quarter.localStart(zone).getHour() < NIGHT_END_HOUR)
                .mapToDouble(SiteQuarter::averagePowerW)
                .toArray();
        return nightPowerW.length == 0 ? null : DisplayRounding.measure(nearestRank(nightPowerW, PERCENTILE));
    }

    /** Nearest-rank percentile: the value at rank ceil(percentile / 100 × n) in ascending order (at least 1). */
    static double nearestRank(double[] values, int percentile) {
        if (values.length == 0 || percentile < 0 || percentile > 100) {
            throw new IllegalArgumentException("percentile " + percentile + " of " + values.length + " values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = Math.max(1, (percentile * sorted.length + 99) / 100);
        return sorted[rank - 1];
    }
}
