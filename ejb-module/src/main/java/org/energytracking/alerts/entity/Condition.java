package org.energytracking.alerts.entity;

import java.time.Duration;
import java.util.List;

/**
 * A threshold rule's condition: a quantity above or below a bound for at least {@code holdFor} (zero: any
 * single reading). It resolves once it has been clear for as long. Decided from the device's latest samples,
 * so late readings, restarts and a second instance all see the same answer.
 */
public record Condition(Quantity quantity, boolean above, double bound, Duration holdFor) {

    /** What the latest samples say. */
    public sealed interface Verdict {
    }

    /** Breached without a break since {@code sinceTs}, up to {@code untilTs}; {@code extreme} is the farthest value. */
    public record Breached(long sinceTs, long untilTs, double extreme) implements Verdict {
        public Duration held() {
            return Duration.ofMillis(untilTs - sinceTs);
        }
    }

    /** Clear without a break since {@code sinceTs}. */
    public record Clear(long sinceTs) implements Verdict {
    }

    /** Not held long enough either way yet. */
    public record Undecided() implements Verdict {
    }

    public boolean breachedBy(double value) {
        return above ? value > bound : value < bound;
    }

    /** How far back the samples must reach for a verdict: the hold, and a margin to see where a run began. */
    public Duration lookBack() {
        return holdFor.plusMinutes(30);
    }

    /** The verdict of samples in time order (the latest last). */
    public Verdict judge(List<Sample> samples) {
        if (samples.isEmpty()) {
            return new Undecided();
        }
        Sample latest = samples.get(samples.size() - 1);
        boolean breached = breachedBy(latest.value());
        long since = latest.ts();
        double extreme = latest.value();
        for (int i = samples.size() - 2; i >= 0 && breachedBy(samples.get(i).value()) == breached; i--) {
            since = samples.get(i).ts();
            extreme = above ? Math.max(extreme, samples.get(i).value()) : Math.min(extreme, samples.get(i).value());
        }
        if (latest.ts() - since < holdFor.toMillis()) {
            return new Undecided();
        }
        return breached ? new Breached(since, latest.ts(), extreme) : new Clear(since);
    }
}
