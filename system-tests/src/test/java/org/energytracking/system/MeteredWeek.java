package org.energytracking.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A week of a meter in Berlin, Thursday 2026-10-22 to Thursday 2026-10-29 local: 1 kW, so 250 Wh
 * per quarter hour, a counter read every 15 minutes. The meter resets on Friday at 11:45 (the
 * reading at 12:00 says 250 Wh), clocks go back on Sunday (a 25-hour day), and on Wednesday
 * between 06:00 and 08:00 the load is 3 kW for an hour and then 1 kW (3,000 + 1,000 Wh).
 */
final class MeteredWeek {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZonedDateTime START = ZonedDateTime.of(2026, 10, 22, 0, 0, 0, 0, BERLIN);
    static final ZonedDateTime END = ZonedDateTime.of(2026, 10, 29, 0, 0, 0, 0, BERLIN);
    static final ZonedDateTime RESET = ZonedDateTime.of(2026, 10, 23, 12, 0, 0, 0, BERLIN);
    static final ZonedDateTime PEAK_FROM = ZonedDateTime.of(2026, 10, 28, 6, 0, 0, 0, BERLIN);

    record Sample(long ts, double energyWh, double powerW) {
        String json() {
            return "{\"ts\":" + ts + ",\"energy\":" + energyWh + ",\"power\":" + powerW + "}";
        }

        /** Wednesday 06:15-07:45: the readings that arrive late. */
        boolean late() {
            return ts > PEAK_FROM.toInstant().toEpochMilli() && ts < PEAK_FROM.plusHours(2).toInstant().toEpochMilli();
        }
    }

    static List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        double counter = 1_000_000;
        long peakFrom = PEAK_FROM.toInstant().toEpochMilli();
        for (Instant t = START.toInstant(); !t.isAfter(END.toInstant()); t = t.plusSeconds(900)) {
            long ts = t.toEpochMilli();
            boolean first = samples.isEmpty();
            boolean peak = ts > peakFrom && ts <= peakFrom + 3_600_000;
            if (!first) {
                counter = ts == RESET.toInstant().toEpochMilli() ? 250 : counter + (peak ? 750 : 250);
            }
            samples.add(new Sample(ts, counter, peak ? 3000 : 1000));
        }
        return samples;
    }

    private MeteredWeek() {
    }
}
