package org.energytracking.cluster.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScheduledRoundsTest {

    private final List<String> leasesAsked = new ArrayList<>();
    private final List<String> counted = new ArrayList<>();
    private boolean leaseIsOurs = true;
    private final ScheduledRounds rounds = new ScheduledRounds() {
        @Override
        void count(String job) {
            counted.add(job);
        }
    };

    ScheduledRoundsTest() {
        rounds.leaseSeconds = 30;
        rounds.leases = new ScheduleLeases() {
            @Override
            public boolean take(String job, Duration term) {
                leasesAsked.add(job + " " + term.toSeconds());
                return leaseIsOurs;
            }
        };
    }

    @Test
    void theHolderOfTheLeaseRunsTheRoundAndCountsIt() {
        List<String> ran = new ArrayList<>();
        rounds.oncePerGroup("rollups", Duration.ofSeconds(5), () -> ran.add("rolled"));
        assertThat(ran).containsExactly("rolled");
        assertThat(counted).containsExactly("rollups");
        assertThat(leasesAsked).containsExactly("rollups 30");
    }

    @Test
    void anotherInstanceHoldingTheLeaseMeansNoRoundHere() {
        leaseIsOurs = false;
        List<String> ran = new ArrayList<>();
        rounds.oncePerGroup("reports", Duration.ofSeconds(60), () -> ran.add("reported"));
        assertThat(ran).isEmpty();
        assertThat(counted).isEmpty();
        assertThat(leasesAsked).as("a lease of two ticks").containsExactly("reports 120");
    }

    @Test
    void aTickDuringALongRoundRenewsTheLeaseButStartsNoSecondRound() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> rounds.oncePerGroup("rollups", Duration.ofSeconds(5), () -> {
            started.countDown();
            await(release);
        }));
        first.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        List<String> ran = new ArrayList<>();
        rounds.oncePerGroup("rollups", Duration.ofSeconds(5), () -> ran.add("second"));
        release.countDown();
        first.join(5_000);

        assertThat(ran).isEmpty();
        assertThat(counted).containsExactly("rollups");
        assertThat(leasesAsked).hasSize(2);
    }

    @Test
    void aFailingRoundEndsQuietlySoTheTimerLivesAndTheNextRoundRuns() {
        rounds.everyInstance("alert-thresholds", () -> {
            throw new IllegalStateException("database away");
        });
        List<String> ran = new ArrayList<>();
        rounds.everyInstance("alert-thresholds", () -> ran.add("judged"));
        assertThat(ran).containsExactly("judged");
        assertThat(leasesAsked).as("no lease for a job of every instance").isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
