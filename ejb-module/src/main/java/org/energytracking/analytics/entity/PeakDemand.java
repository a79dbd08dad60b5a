package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The highest 15-minute average power of the period's complete buckets: an incomplete bucket's
 * energy spread over 15 minutes would understate its power, or overstate it when gaps were filled.
 *
 * @param powerW average power of the bucket, W
 * @param at     start of the bucket in local time (the offset tells the two runs of a fall-back hour
 *               apart); on a tie the earliest bucket
 */
public record PeakDemand(BigDecimal powerW, OffsetDateTime at) {

    /** Null when no bucket is complete. */
    static PeakDemand of(List<SiteQuarter> quarters, ZoneId zone) {
        return quarters.stream()
                .filter(SiteQuarter::complete)
                .max(Comparator.comparingDouble(SiteQuarter::energyWh)
                        .thenComparing(SiteQuarter::start, Comparator.reverseOrder()))
                .map(peak -> new PeakDemand(DisplayRounding.measure(peak.averagePowerW()),
                        peak.localStart(zone).toOffsetDateTime()))
                .orElse(null);
    }
}
