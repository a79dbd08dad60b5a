package org.energytracking.gateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One rate limit ({@code perMinute} requests, bursts of up to a minute's worth) as a token bucket per
 * key. A bucket holds up to a minute of credit in nanoseconds and each request costs a minute divided
 * by the limit, so the arithmetic stays in integers. The map is capped: random keys from a hostile
 * client cannot exhaust memory.
 */
final class TokenBuckets {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final long costNanos;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** A limit of 0 or less turns the limit off. */
    TokenBuckets(int perMinute, int maxKeys, LongSupplier nanoTime) {
        this.costNanos = perMinute > 0 ? MINUTE_NANOS / perMinute : 0;
        this.maxKeys = Math.max(maxKeys, 1);
        this.nanoTime = nanoTime;
    }

    /** Takes a token from the key's bucket: 0 when granted, otherwise the seconds until one is available. */
    long take(String key) {
        if (costNanos == 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys) {
                evict(now);
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(now));
        }
        long waitNanos = bucket.take(now, costNanos);
        return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + SECOND_NANOS - 1) / SECOND_NANOS);
    }

    int size() {
        return buckets.size();
    }

    /**
     * Full buckets carry no state worth keeping, so they go first. If a flood of new keys outpaces the
     * refill, the buckets idle longest go too, down to 90 % of the cap, so eviction runs once per many inserts.
     */
    private synchronized void evict(long now) {
        if (buckets.size() < maxKeys) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        int target = maxKeys - Math.max(1, maxKeys / 10);
        if (buckets.size() > target) {
            List<Map.Entry<String, Bucket>> entries = new ArrayList<>(buckets.entrySet());
            entries.sort(Comparator.comparingLong(entry -> entry.getValue().updatedAt()));
            entries.subList(0, Math.max(0, entries.size() - target)).forEach(entry -> buckets.remove(entry.getKey()));
        }
    }

    private static final class Bucket {
        private long creditNanos = MINUTE_NANOS;
        private long updatedAt;

        Bucket(long now) {
            this.updatedAt = now;
        }

        synchronized long take(long now, long cost) {
            creditNanos = Math.min(MINUTE_NANOS, creditNanos + Math.max(0, now - updatedAt));
            updatedAt = now;
            if (creditNanos >= cost) {
                creditNanos -= cost;
                return 0;
            }
            return cost - creditNanos;
        }

        synchronized boolean isFull(long now) {
            return creditNanos + (now - updatedAt) >= MINUTE_NANOS;
        }

        synchronized long updatedAt() {
            return updatedAt;
        }
    }
}
