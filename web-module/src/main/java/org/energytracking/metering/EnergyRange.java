package org.energytracking.metering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.energytracking.ingest.TimeParameter;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.entity.Resolution;

/**
 * The from/to/resolution of an energy or analytics query. Dates are local to the device or site
 * ({@code to} exclusive); without them, the last 7 days including today.
 */
public record EnergyRange(Instant from, Instant to, Resolution resolution) {

    public static EnergyRange parse(String from, String to, String resolution, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        long fromMs = TimeParameter.parse("from", from, zone, today.minusDays(6).atStartOfDay(zone).toInstant().toEpochMilli());
        long toMs = TimeParameter.parse("to", to, zone, today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        if (fromMs >= toMs) {
            throw Problem.invalid("to", "to must be after from");
        }
        try {
            return new EnergyRange(Instant.ofEpochMilli(fromMs), Instant.ofEpochMilli(toMs),
                    Resolution.parse(resolution == null || resolution.isBlank() ? "hour" : resolution.strip()));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("resolution", e.getMessage());
        }
    }
}
