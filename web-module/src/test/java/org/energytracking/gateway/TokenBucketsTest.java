package org.energytracking.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000);

    private void advance(long amount, TimeUnit unit) {
        now.addAndGet(unit.toNanos(amount));
    }

    @Test
    void aMinutesWorthPassesAtOnceThenTheNextWaits() {
        TokenBuckets buckets = new TokenBuckets(20, 100, now::get);
        for (int i = 0; i < 20; i++) {
            assertThat(buckets.take("a")).as("request %d", i).isZero();
        }
        assertThat(buckets.take("a")).isEqualTo(3);
    }

    @Test
    void creditComesBackWithTime() {
        TokenBuckets buckets = new TokenBuckets(20, 100, now::get);
        for (int i = 0; i < 20; i++) {
            buckets.take("a");
        }
        advance(2, TimeUnit.SECONDS);
        assertThat(buckets.take("a")).as("1 s of the 3 s a request costs still missing").isEqualTo(1);
        advance(1, TimeUnit.SECONDS);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(3);
    }

    @Test
    void refusedRequestsCostNothing() {
        TokenBuckets buckets = new TokenBuckets(60, 100, now::get);
        for (int i = 0; i < 60; i++) {
            buckets.take("a");
        }
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take("a")).isEqualTo(1);
        }
        advance(1, TimeUnit.SECONDS);
        assertThat(buckets.take("a")).isZero();
    }

    @Test
    void creditNeverExceedsOneMinute() {
        TokenBuckets buckets = new TokenBuckets(10, 100, now::get);
        buckets.take("a");
        advance(1, TimeUnit.HOURS);
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take("a")).isZero();
        }
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        TokenBuckets buckets = new TokenBuckets(1, 100, now::get);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(60);
        assertThat(buckets.take("b")).isZero();
    }

    @Test
    void zeroTurnsTheLimitOff() {
        TokenBuckets buckets = new TokenBuckets(0, 100, now::get);
        for (int i = 0; i < 10_000; i++) {
            assertThat(buckets.take("a")).isZero();
        }
        assertThat(buckets.size()).isZero();
    }

    @Test
    void randomKeysCannotGrowTheMapBeyondItsCap() {
        TokenBuckets buckets = new TokenBuckets(600, 1_000, now::get);
        for (int i = 0; i < 50_000; i++) {
            buckets.take("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void atTheCapFullBucketsGoFirstAndBusyOnesStay() {
        TokenBuckets buckets = new TokenBuckets(60, 10, now::get);
        for (int i = 0; i < 60; i++) {
            buckets.take("busy");
        }
        for (int i = 0; i < 9; i++) {
            buckets.take("idle-" + i);
        }
        advance(1, TimeUnit.SECONDS);
        buckets.take("newcomer");
        assertThat(buckets.size()).isEqualTo(2);
        assertThat(buckets.take("busy")).as("the busy key kept its empty bucket").isZero();
        assertThat(buckets.take("busy")).isEqualTo(1);
    }

    @Test
    void aFloodFasterThanTheRefillDropsTheLongestIdle() {
        TokenBuckets buckets = new TokenBuckets(1, 10, now::get);
        for (int i = 0; i < 10; i++) {
            buckets.take("old-" + i);
            advance(1, TimeUnit.MILLISECONDS);
        }
        buckets.take("new");
        assertThat(buckets.size()).isEqualTo(10);
        assertThat(buckets.take("old-9")).as("the most recent key is kept").isPositive();
        assertThat(buckets.take("old-0")).as("the longest idle key was dropped").isZero();
    }
}
