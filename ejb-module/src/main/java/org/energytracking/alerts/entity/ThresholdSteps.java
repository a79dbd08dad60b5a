package org.energytracking.alerts.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What the readings that arrived since the last look say a threshold rule's alert should do, in order: each
 * new sample is judged with the samples before it, so a spike inside a batch is seen even when the batch ends
 * back within bounds (then: raise, then clear). Only changes are returned, so a breach held over many
 * readings raises once.
 */
public final class ThresholdSteps {

    /** Open (or keep open) the alert, breached since {@code sinceTs} with {@code extreme} the farthest value. */
    public record Raise(long sinceTs, double extreme) implements Step {
    }

    /** The condition has been clear for the hold: resolve. */
    public record Clear(long sinceTs) implements Step {
    }

    public sealed interface Step {
    }

    private ThresholdSteps() {
    }

    /** The steps for samples in time order, of which those after {@code seenUpToTs} are new; {@code active}: an alert is open. */
    public static List<Step> of(Condition condition, List<Sample> samples, long seenUpToTs, boolean active) {
        List<Step> steps = new ArrayList<>();
        boolean open = active;
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).ts() <= seenUpToTs) {
                continue;
            }
            // a sample within bounds cannot raise, one beyond them cannot clear: only the others need a verdict,
            // which reads back through the run (judging every sample made a busy meter's second quadratic)
            if (open == condition.breachedBy(samples.get(i).value())) {
                continue;
            }
            Condition.Verdict verdict = condition.judge(samples.subList(0, i + 1));
            if (verdict instanceof Condition.Breached breached && !open) {
                steps.add(new Raise(breached.sinceTs(), breached.extreme()));
                open = true;
            } else if (verdict instanceof Condition.Clear clear && open) {
                steps.add(new Clear(clear.sinceTs()));
                open = false;
            }
        }
        return steps;
    }
}
