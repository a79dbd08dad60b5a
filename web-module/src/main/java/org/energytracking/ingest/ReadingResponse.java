package org.energytracking.ingest;

import java.time.Instant;
import org.energytracking.ingest.entity.Reading;

/** A stored reading: {@code ts} as an ISO instant and as epoch ms (as devices send it); VA and var as reported. */
public record ReadingResponse(Instant ts, long tsMs, Double power, Double voltage, Double current,
                              Double energy, Double temperature, Double powerFactor, Double apparentPower, Double reactivePower) {

    public static ReadingResponse of(Reading reading) {
        return new ReadingResponse(Instant.ofEpochMilli(reading.ts()), reading.ts(), reading.powerW(),
                reading.voltageV(), reading.currentA(), reading.energyWh(), reading.temperatureC(),
                reading.powerFactor(), reading.apparentPowerVa(), reading.reactivePowerVar());
    }
}
