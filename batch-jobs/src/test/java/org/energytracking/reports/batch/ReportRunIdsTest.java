package org.energytracking.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.reports.control.ReportProduction;
import org.junit.jupiter.api.Test;

class ReportRunIdsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");

    /** Records the renewals instead of writing them. */
    static class Renewals extends ReportProduction {
        final List<List<Long>> renewed = new ArrayList<>();
        final List<String> holders = new ArrayList<>();

        @Override
        public int renew(List<Long> runIds, String holder, Instant now) {
            renewed.add(List.copyOf(runIds));
            holders.add(holder);
            return runIds.size();
        }

        @Override
        public Duration lease() {
            return Duration.ofSeconds(30);
        }
    }

    private final Renewals production = new Renewals();

    private ReportRunIds reader(String holder) {
        ReportRunIds reader = new ReportRunIds();
        reader.runs = "11,12,13,14";
        reader.holder = holder;
        reader.production = production;
        reader.clock = Clock.fixed(T0, ZoneOffset.UTC);
        reader.open(null);
        return reader;
    }

    @Test
    void theRunsStillToComeGetANewLeaseOnceAThirdOfItHasGone() {
        ReportRunIds reader = reader("job-a");
        assertThat(reader.readItem()).isEqualTo(11L);
        reader.clock = Clock.fixed(T0.plusSeconds(9), ZoneOffset.UTC);
        assertThat(reader.readItem()).isEqualTo(12L);
        assertThat(production.renewed).as("9 s of a 30 s lease: not yet").isEmpty();

        reader.clock = Clock.fixed(T0.plusSeconds(10), ZoneOffset.UTC);
        assertThat(reader.readItem()).isEqualTo(13L);
        assertThat(production.renewed).containsExactly(List.of(13L, 14L));
        assertThat(production.holders).containsExactly("job-a");

        reader.clock = Clock.fixed(T0.plusSeconds(19), ZoneOffset.UTC);
        assertThat(reader.readItem()).isEqualTo(14L);
        assertThat(production.renewed).as("9 s after the last renewal").hasSize(1);
        assertThat(reader.readItem()).isNull();
    }

    @Test
    void anExecutionRestartedFromItsCheckpointRenewsFromWhereItIs() {
        ReportRunIds reader = new ReportRunIds();
        reader.runs = "11,12,13,14";
        reader.holder = "job-a";
        reader.production = production;
        reader.clock = Clock.fixed(T0, ZoneOffset.UTC);
        reader.open(2);
        reader.clock = Clock.fixed(T0.plusSeconds(20), ZoneOffset.UTC);
        assertThat(reader.readItem()).isEqualTo(13L);
        assertThat(production.renewed).containsExactly(List.of(13L, 14L));
    }

    @Test
    void aJobWithoutAHolderRenewsNothing() {
        ReportRunIds reader = reader(null);
        reader.clock = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
        assertThat(reader.readItem()).isEqualTo(11L);
        assertThat(production.renewed).isEmpty();
    }
}
