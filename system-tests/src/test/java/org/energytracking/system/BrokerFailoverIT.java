package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker pair, on the cluster (CLUSTER_INSTANCES=2 brings the pair): {@code kill -9} of the active broker while devices
 * publish single-reading QoS 1 messages. The devices (Paho with both addresses) fail over to the backup and resend,
 * the resource adapter's sessions fail over, and every reading a broker acknowledged is stored, once. Then the
 * launcher starts the killed broker again as backup, and the pair is whole again.
 */
@ExtendWith(ClusterExtension.class)
class BrokerFailoverIT {

    private static final int DEVICES = 20;
    private static final int READINGS_PER_DEVICE = 1_500;
    private static final Duration POLL = Duration.ofMillis(100);

    @Test
    void killingTheActiveBrokerLosesNoAcknowledgedReading(Platform platform) throws Exception {
        BrokerPairState pair = BrokerPairState.of(platform.running().dataDir);
        await("one broker active and the other holding a copy of its journal").atMost(Duration.ofMinutes(2))
                .pollInterval(POLL).until(pair::replicated);
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            devices.add(platform.newDevice("failover"));
        }
        long firstTs = System.currentTimeMillis() - 3_600_000;
        try (FailoverDevices paho = new FailoverDevices()) {
            for (String device : devices) {
                paho.connect(pair.mqttUrls(), device, platform.mqttSecret(device));
            }
            CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < READINGS_PER_DEVICE; i++) {
                        for (String device : devices) {
                            paho.publish(device, firstTs + i * 100L, 100 + i % 50);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int total = DEVICES * READINGS_PER_DEVICE;
            await("a third of the messages acknowledged").atMost(Duration.ofMinutes(3)).pollInterval(POLL)
                    .until(() -> paho.acknowledged.size() >= total / 3 || publishing.isDone());
            int killed = pair.active();
            int survivor = 3 - killed;
            long ackedBeforeKill = paho.acknowledged.size();
            long killedAt = System.currentTimeMillis();
            assertThat(ProcessHandle.of(pair.pid(killed)).orElseThrow().destroyForcibly()).as("kill -9 of the active broker").isTrue();
            await("broker " + survivor + " active after broker " + killed + " was killed").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(20)).until(() -> pair.isActive(survivor));
            long takeoverMillis = System.currentTimeMillis() - killedAt;

            publishing.get();
            await("every published message answered").atMost(Duration.ofMinutes(3)).pollInterval(POLL)
                    .until(() -> paho.unanswered() == 0);
            Set<String> acknowledged = new HashSet<>(paho.acknowledged);
            await(acknowledged.size() + " acknowledged readings stored").atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> StoredReadings.rows(platform, devices) >= acknowledged.size());
            Set<String> stored = StoredReadings.keys(platform, devices);
            long rows = StoredReadings.rows(platform, devices);

            System.out.printf("broker failover: %d published, %d acknowledged (%d before the kill), %d reported failed by"
                    + " Paho (%d of them acknowledged later), %d stored, %d duplicate rows; broker %d active %d ms after the"
                    + " kill; longest device outage %d ms; devices now on %s%n", paho.published.size(), acknowledged.size(),
                    ackedBeforeKill, paho.failed.size(), paho.failed.stream().filter(acknowledged::contains).count(),
                    stored.size(), rows - stored.size(), survivor, takeoverMillis, paho.longestOutageMillis(),
                    new HashSet<>(paho.connectedTo.values()));
            assertThat(stored).as("every acknowledged reading stored").containsAll(acknowledged);
            assertThat(paho.published).as("nothing stored that was not published").containsAll(stored);
            assertThat(rows).as("no reading stored twice").isEqualTo(stored.size());
            assertThat(acknowledged.size()).as("the survivor acknowledged what came after the kill").isGreaterThan((int) ackedBeforeKill);
            assertThat(paho.lostAtMillis).as("every device lost its broker and came back").hasSize(DEVICES);
            assertThat(paho.backAtMillis).hasSize(DEVICES);
        }
        await("the killed broker started again, as backup, in sync").atMost(Duration.ofMinutes(2)).pollInterval(POLL)
                .until(() -> BrokerPairState.of(platform.running().dataDir).replicated());
    }
}
