package org.energytracking.simulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * {@code fault hostile}: the valid stream alone, then the same stream with hostile payloads mixed in
 * from other devices and unknown ones. Passes when every valid reading is stored, every hostile
 * message that got past the broker is recorded as rejected, the app server's threads and memory stay
 * bounded, and the valid stream keeps at least half its rate.
 */
final class HostileFault {

    private static final long STABLE_MILLIS = 20_000;

    private final FaultOptions options;
    private final Path dataDir;

    HostileFault(FaultOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    boolean run() throws Exception {
        String run = "fault-hostile-" + Instant.now().getEpochSecond() + "-";
        long now = System.currentTimeMillis();
        PhasePlan calm = PhasePlan.create("calm", run + "c-", options.devices(), options.readings(), 1, now);
        PhasePlan stormy = PhasePlan.create("under-attack", run + "v-", options.devices(), options.readings(), 1, now);
        PhasePlan attackers = PhasePlan.create("attackers", run + "a-", 5, 5, 1, now);
        try (ReadingStore store = new ReadingStore(options.endpoints())) {
            Map<String, ApiAnswers.MqttLogin> logins = Benchmark.registerDevices(options.endpoints(), calm, stormy, attackers);
            double calmRate = validPhase(calm, store, logins);
            LocalProcesses.Vitals before = LocalProcesses.Vitals.of(LocalProcesses.payaraPid(dataDir));
            ExecutorService attack = Executors.newSingleThreadExecutor();
            double stormyRate;
            long[] sent;
            try {
                Future<long[]> hostile = attack.submit(() -> attack(attackers, logins));
                stormyRate = validPhase(stormy, store, logins);
                sent = hostile.get();
            } finally {
                attack.shutdownNow();
            }
            long rejected = store.awaitRejected(attackers.deviceIdPattern(), sent[0], STABLE_MILLIS);
            LocalProcesses.Vitals after = LocalProcesses.Vitals.of(LocalProcesses.payaraPid(dataDir));
            long stored = store.count(calm.deviceIdPattern()) + store.count(stormy.deviceIdPattern());
            long attackerRows = store.count(attackers.deviceIdPattern());
            boolean passed = stored == 2 * options.readings() && rejected >= sent[0] && attackerRows == 0
                    && stormyRate >= calmRate / 2 && after.threads() < before.threads() + 50;
            System.out.printf(Locale.ROOT, """

                    hostile: valid stream alone %s readings/s, with %d hostile messages beside it %s readings/s (%.0f %%)
                      valid readings stored %d of %d; hostile messages sent %d, recorded as rejected %d, readings stored from them %d
                      unknown devices refused at connect %d of %d
                      app server threads %d -> %d, resident memory %d MB -> %d MB
                    verdict: %s
                    """, Simulator.number(calmRate), sent[0], Simulator.number(stormyRate), 100 * stormyRate / calmRate,
                    stored, 2 * options.readings(), sent[0], rejected, attackerRows, sent[1], sent[2],
                    before.threads(), after.threads(), before.residentMb(), after.residentMb(), passed ? "PASS" : "FAIL");
            return passed;
        }
    }

    private double validPhase(PhasePlan plan, ReadingStore store, Map<String, ApiAnswers.MqttLogin> logins) throws Exception {
        PhaseRunner.Published published = new PhaseRunner(options.endpoints().mqttUrl(), 1, Math.min(4, plan.devices()),
                plan.devicePrefix(), logins).publish(plan);
        ReadingStore.Stored stored = store.awaitStored(plan.name(), plan.deviceIdPattern(), plan.expectedReadings(), STABLE_MILLIS);
        double seconds = (Math.max(stored.lastGrowthNanos(), published.endNanos()) - published.startNanos()) / 1e9;
        return stored.count() / seconds;
    }

    /** Sends the hostile messages; returns {sent, unknown devices refused, unknown devices tried}. */
    private long[] attack(PhasePlan attackers, Map<String, ApiAnswers.MqttLogin> logins) throws Exception {
        PublishStats stats = new PublishStats();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < attackers.devices(); i++) {
            ids.add(attackers.deviceId(i));
        }
        List<MqttPublisher> publishers = MqttPublisher.connectAll(options.endpoints().mqttUrl(), attackers.devicePrefix(),
                ids, logins, 1, false, stats);
        HostilePayloads payloads = new HostilePayloads(42, 50);
        long refused = 0;
        long unknownTried = 0;
        try {
            for (long i = 0; i < options.hostile(); i++) {
                String device = ids.get((int) (i % ids.size()));
                MqttPublisher publisher = publishers.get((int) (i % ids.size()));
                while (!publisher.publish("devices/" + device + "/" + payloads.topicSuffix(i), payloads.payload(i), 1, 1_000)) {
                    // window full
                }
                if (i % 500 == 0) {
                    unknownTried++;
                    refused += connectAsUnknownDevice(attackers.devicePrefix() + "ghost-" + i) ? 0 : 1;
                }
            }
            for (MqttPublisher publisher : publishers) {
                publisher.drain(60_000);
            }
        } finally {
            publishers.forEach(MqttPublisher::close);
        }
        return new long[] {stats.ackedMessages.sum(), refused, unknownTried};
    }

    private boolean connectAsUnknownDevice(String deviceId) {
        try {
            MqttClient client = new MqttClient(MqttPublisher.serverUris(options.endpoints().mqttUrl())[0], deviceId, new MemoryPersistence());
            MqttConnectOptions connect = new MqttConnectOptions();
            connect.setUserName(deviceId);
            connect.setPassword("guess".toCharArray());
            client.connect(connect);
            client.disconnect();
            return true;
        } catch (MqttException refused) {
            return false;
        }
    }
}
