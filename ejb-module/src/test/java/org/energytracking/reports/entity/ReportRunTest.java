package org.energytracking.reports.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRunTest {

    private static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);

    private final ReportRun run = new ReportRun(1, 2, "Flat", ReportPeriod.containing(Cadence.MONTHLY, LocalDate.of(2026, 11, 5)),
            List.of(), List.of(ReportFormat.CSV), List.of(Section.TOTALS), T0);

    @Test
    void aRunHeldByOneJobIsNotTakenByAnotherUntilItsLeaseRunsOut() {
        assertThat(run.take(T0, LEASE, "job-a")).isTrue();
        assertThat(run.take(T0.plus(LEASE).minusSeconds(1), LEASE, "job-b")).isFalse();
        assertThat(run.heldBy("job-a")).isTrue();
        assertThat(run.heldBy("job-b")).isFalse();
    }

    @Test
    void aRunTakenUpAfterItsLeaseIsNoLongerTheFirstJobsToProduce() {
        run.take(T0, LEASE, "job-a");
        assertThat(run.take(T0.plus(LEASE), LEASE, "job-b")).isTrue();
        assertThat(run.heldBy("job-a")).isFalse();
        assertThat(run.heldBy("job-b")).isTrue();
    }

    @Test
    void aDoneRunIsNobodysAndCannotBeTakenAgain() {
        run.take(T0, LEASE, "job-a");
        run.begin(T0);
        run.done(100, "Energy 1 kWh", T0.plusSeconds(1));
        assertThat(run.heldBy("job-a")).isFalse();
        assertThat(run.take(T0.plus(Duration.ofDays(1)), LEASE, "job-b")).isFalse();
        assertThat(run.durationMs()).isEqualTo(1000);
    }
}
