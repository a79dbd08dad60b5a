package org.energytracking.ingest.control;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.energytracking.ingest.entity.Reading;

/** Shared test data: a frozen clock and helpers that keep the assertions about behaviour, not plumbing. */
final class IngestFixtures {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** Differs from NOW so tests can tell the two apart. */
    static final long RECEIVED_AT = NOW.toEpochMilli() - 5_000;
    static final String DEVICE = "meter-1";
    /** 2025-11-27T16:00:00Z, the example ts of the payload documentation. */
    static final long TS = 1764259200000L;
    static final ReadingLimits DEFAULTS = ReadingLimits.defaults();

    private IngestFixtures() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static PayloadParser payloadParser() {
        return new PayloadParser(DEFAULTS, CLOCK);
    }

    static CsvReadingParser csvParser() {
        return new CsvReadingParser(DEFAULTS, CLOCK);
    }

    static Reading power(long ts, double watts) {
        return new Reading(DEVICE, ts, watts, null, null, null, null);
    }

    static Reading powerAndEnergy(long ts, double watts, double wattHours) {
        return new Reading(DEVICE, ts, watts, null, null, wattHours, null);
    }
}
