package org.energytracking.metering.entity;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Which stored rollups give a device's energy by the days of another zone (a site's). Rollup days
 * are the device's own local days, so they serve only a device that shares the zone's rules; other
 * devices are summed from their hours, or from quarter hours where the two zones are a fraction
 * of an hour apart and a device hour would straddle two of the zone's days.
 */
public enum DaySource {
    DAYS("rollup_day"), HOURS("rollup_hour"), QUARTERS("rollup_15m");

    private final String table;

    DaySource(String table) {
        this.table = table;
    }

    public String table() {
        return table;
    }

    public static DaySource of(ZoneId device, ZoneId days, Instant from, Instant to) {
        if (device.getRules().equals(days.getRules())) {
            return DAYS;
        }
        return wholeHoursApart(device, days, from) && wholeHoursApart(device, days, to) ? HOURS : QUARTERS;
    }

    private static boolean wholeHoursApart(ZoneId a, ZoneId b, Instant at) {
        int seconds = a.getRules().getOffset(at).getTotalSeconds() - b.getRules().getOffset(at).getTotalSeconds();
        return seconds % 3600 == 0;
    }
}
