package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingLimitsTest {

    @Test
    void defaultsAre256KiBTenThousandReadingsOneDaySkewAndSixtyMonths() {
        assertThat(ReadingLimits.defaults()).isEqualTo(new ReadingLimits(262_144, 10_000, Duration.ofDays(1), 60));
    }

    @ParameterizedTest(name = "now {0}, {1} months -> {2}")
    @CsvSource({
            "2026-11-27T12:00:00Z,         60, 2021-11-01T00:00:00Z",
            "2026-11-01T00:00:00Z,         60, 2021-11-01T00:00:00Z",
            "2026-11-30T23:59:59.999Z,     60, 2021-11-01T00:00:00Z",
            "2026-01-15T08:00:00Z,          1, 2025-12-01T00:00:00Z",
            "2026-03-31T10:00:00Z,          1, 2026-02-01T00:00:00Z",
            "2026-03-31T10:00:00Z,          0, 2026-03-01T00:00:00Z"})
    void oldestAcceptedTsIsTheStartOfTheUtcMonthRetentionMonthsBack(Instant now, int months, Instant oldest) {
        ReadingLimits limits = new ReadingLimits(1, 1, Duration.ZERO, months);

        assertThat(limits.oldestAcceptedTs(now)).isEqualTo(oldest.toEpochMilli());
    }

    @Test
    void oldestAcceptedTsUsesTheUtcMonthNotTheLocalOne() {
        // Already December in Berlin, still November in UTC.
        Instant now = Instant.parse("2026-11-30T23:30:00Z");

        assertThat(ReadingLimits.defaults().oldestAcceptedTs(now))
                .isEqualTo(Instant.parse("2021-11-01T00:00:00Z").toEpochMilli());
    }

    @Test
    void newestAcceptedTsIsNowPlusTheClockSkew() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");

        assertThat(ReadingLimits.defaults().newestAcceptedTs(now))
                .isEqualTo(Instant.parse("2026-11-28T12:00:00Z").toEpochMilli());
    }

    @Test
    void nonsensicalLimitsAreRefused() {
        assertThatThrownBy(() -> new ReadingLimits(0, 1, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadingLimits(1, 0, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadingLimits(1, 1, Duration.ofSeconds(-1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadingLimits(1, 1, Duration.ZERO, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadingLimits(1, 1, null, 1)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PT24H, 1 day", "P2D, 2 days", "PT6H, 6 hours", "PT1H, 1 hour", "PT5M, 5 minutes", "PT90S, 90 seconds",
            "PT1S, 1 second", "PT0.5S, 500 ms", "PT0S, 0 ms"})
    void clockSkewIsDescribedAsAnOperatorWouldWriteIt(Duration skew, String described) {
        assertThat(ReadingCollector.describe(skew)).isEqualTo(described);
    }
}
