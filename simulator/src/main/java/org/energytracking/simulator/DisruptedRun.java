package org.energytracking.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A run of readings with a disruption part-way (once {@code killAt} of the messages are acknowledged),
 * then the check every such fault ends with: every reading the broker acknowledged is stored, and
 * nothing that was not published. {@code (device, ts)} is the primary key, so a redelivered reading
 * lands on its own row and rows are never doubled.
 */
final class DisruptedRun {

    /** What breaks; it returns the endpoints to count through afterwards (the database port may change). */
    interface Disruption {
        Endpoints disrupt(long acknowledged, long messages) throws Exception;
    }

    /** After the disruption, the count may stand still while the platform comes back. */
    private static final long RECOVERY_STALL_MILLIS = 240_000;

    private final FaultOptions options;

    DisruptedRun(FaultOptions options) {
        this.options = options;
    }

    /** True if every acknowledged reading is stored. */
    boolean run(PhasePlan plan, boolean reconnecting, Disruption disruption) throws Exception {
        Map<String, ApiAnswers.MqttLogin> logins = Benchmark.registerDevices(options.endpoints(), plan);
        PublishStats stats = new PublishStats();
        ExecutorService publishing = Executors.newSingleThreadExecutor();
        Endpoints after;
        try {
            PhaseRunner runner = new PhaseRunner(options.endpoints().mqttUrl(), 1, Math.min(4, plan.devices()),
                    plan.devicePrefix(), logins);
            Future<PhaseRunner.Published> published = publishing.submit(() ->
                    (reconnecting ? runner.reconnecting() : runner).publish(plan, stats));
            long disruptAt = Math.round(plan.messages() * options.killAt());
            while (stats.ackedMessages.sum() < disruptAt && !published.isDone()) {
                Thread.sleep(50);
            }
            after = disruption.disrupt(stats.ackedMessages.sum(), plan.messages());
            published.get();
        } finally {
            publishing.shutdownNow();
        }
        try (ReadingStore store = new ReadingStore(after)) {
            ReadingStore.Stored stored = store.awaitStored(plan.name(), plan.deviceIdPattern(), plan.expectedReadings(),
                    RECOVERY_STALL_MILLIS);
            long acked = stats.ackedReadings.sum();
            boolean passed = stored.count() >= acked && stored.count() <= plan.expectedReadings();
            System.out.printf(Locale.ROOT, "%n%s: %d readings published, %d acknowledged by the broker, %d stored,"
                            + " %d publish errors (last: %s), %d sends repeated after a failure%nverdict: %s%n", plan.name(),
                    plan.expectedReadings(), acked, stored.count(), stats.errors.sum(), stats.lastError(), stats.resent.sum(), passed ? "PASS (every acknowledged reading stored, once)"
                            : "FAIL (" + (acked - stored.count()) + " acknowledged readings missing)");
            return passed;
        }
    }
}
