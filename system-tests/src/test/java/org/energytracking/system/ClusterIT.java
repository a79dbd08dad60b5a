package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two app-server instances of a deployment group behind HAProxy, with the broker pair (CLUSTER_INSTANCES=2):
 * an instance killed mid-stream loses nothing, and what one instance knows (a sign-out, a reading for live pages)
 * the other knows too.
 */
@ExtendWith(ClusterExtension.class)
class ClusterIT {

    private static final int DEVICES = 20;
    private static final int MESSAGES_PER_DEVICE = 50;
    private static final int READINGS_PER_MESSAGE = 100;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final String ROLLUP_ROUNDS = "scheduled_rounds_total{job=\"rollups\",mp_scope=\"application\"}";
    private static final String LIVE_READINGS = "live_events_total{kind=\"readings\",mp_scope=\"application\"}";

    @Test
    void killingAnInstanceMidStreamLosesNoReadingAndTheBalancerKeepsAnswering(Platform cluster) throws Exception {
        ClusterInstances before = ClusterInstances.of(cluster.running());
        await("both instances ready").atMost(Duration.ofMinutes(5)).pollInterval(POLL)
                .until(() -> before.ready(1) && before.ready(2));
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            devices.add(cluster.newDevice("cluster"));
        }
        Answers answers = new Answers();
        answers.start(cluster);
        long firstTs = System.currentTimeMillis() - 7L * 86_400_000;
        try (FailoverDevices paho = new FailoverDevices()) {
            for (String device : devices) {
                paho.connect(BrokerPairState.of(cluster.running().dataDir).mqttUrls(), device, cluster.mqttSecret(device));
            }
            CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
                try {
                    for (int m = 0; m < MESSAGES_PER_DEVICE; m++) {
                        for (String device : devices) {
                            paho.publishBatch(device, firstTs + m * READINGS_PER_MESSAGE * 1_000L, READINGS_PER_MESSAGE, 50 + m);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int total = DEVICES * MESSAGES_PER_DEVICE * READINGS_PER_MESSAGE;
            await("a third of the readings acknowledged").atMost(Duration.ofMinutes(3)).pollInterval(POLL)
                    .until(() -> paho.acknowledged.size() >= total / 3 || publishing.isDone());
            long ackedBeforeKill = paho.acknowledged.size();
            long killedAt = System.currentTimeMillis();
            assertThat(ProcessHandle.of(before.pids().get(0)).orElseThrow().destroyForcibly()).as("kill -9 of instance 1").isTrue();

            publishing.get();
            await("every published message answered").atMost(Duration.ofMinutes(3)).pollInterval(POLL)
                    .until(() -> paho.unanswered() == 0);
            Set<String> acknowledged = new HashSet<>(paho.acknowledged);
            await(acknowledged.size() + " acknowledged readings stored").atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> StoredReadings.rows(cluster, devices) >= acknowledged.size());
            Set<String> stored = StoredReadings.keys(cluster, devices);
            long rows = StoredReadings.rows(cluster, devices);
            await("instance 1 started again by the launcher and ready").atMost(Duration.ofMinutes(6)).pollInterval(POLL)
                    .until(() -> ClusterInstances.of(cluster.running()).ready(1)
                            && !ClusterInstances.of(cluster.running()).pids().get(0).equals(before.pids().get(0)));
            answers.stop();

            System.out.printf("instance kill: %d readings published, %d acknowledged (%d before the kill), %d stored,"
                    + " %d duplicate rows; through the balancer %d answers, %d failed (%s)%n", paho.published.size(),
                    acknowledged.size(), ackedBeforeKill, stored.size(), rows - stored.size(), answers.all.size(),
                    answers.failedAfter(killedAt).size(), answers.failedAfter(killedAt));
            assertThat(acknowledged).as("every reading acknowledged").hasSize(total);
            assertThat(stored).as("every acknowledged reading stored").containsAll(acknowledged);
            assertThat(rows).as("no reading stored twice").isEqualTo(stored.size());
            assertThat(answers.after(killedAt)).as("the API and the portal asked through the balancer meanwhile").isNotEmpty();
            assertThat(answers.failedAfter(killedAt)).as("requests in flight to the killed instance at most")
                    .hasSizeLessThanOrEqualTo(2);
        }
    }

    @Test
    void aSignOutOnOneInstanceIsRefusedOnTheOtherWithinASecond(Platform cluster) {
        ClusterInstances instances = ClusterInstances.of(cluster.running());
        await("both instances ready").atMost(Duration.ofMinutes(6)).pollInterval(POLL)
                .until(() -> instances.ready(1) && instances.ready(2));
        Platform.TestUser user = cluster.newUser("cluster-signout");
        JsonObject tokens = ApiClient.login(instances.urls().get(0), user.email(), user.password());
        ApiClient onFirst = ApiClient.anonymous(instances.urls().get(0)).withToken(tokens.getString("access_token"));
        ApiClient onSecond = ApiClient.anonymous(instances.urls().get(1)).withToken(tokens.getString("access_token"));
        assertThat(onSecond.get("/api/v1/users/me").statusCode()).as("the token works on the other instance").isEqualTo(200);

        assertThat(onFirst.post("/api/v1/auth/logout", "application/json", "").statusCode()).isEqualTo(204);
        long signedOut = System.nanoTime();
        await("the other instance refuses the signed-out session").atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(50)).until(() -> onSecond.get("/api/v1/users/me").statusCode() == 401);
        System.out.printf("sign-out on instance 1 refused on instance 2 after %d ms%n", (System.nanoTime() - signedOut) / 1_000_000);
    }

    @Test
    void whatOneInstanceStoresReachesTheLivePagesOfBoth(Platform cluster) throws Exception {
        ClusterInstances instances = ClusterInstances.of(cluster.running());
        await("both instances ready").atMost(Duration.ofMinutes(6)).pollInterval(POLL)
                .until(() -> instances.ready(1) && instances.ready(2));
        String device = cluster.newDevice("cluster-live");
        double first = instances.metric(1, LIVE_READINGS);
        double second = instances.metric(2, LIVE_READINGS);
        try (FailoverDevices paho = new FailoverDevices()) {
            paho.connect(BrokerPairState.of(cluster.running().dataDir).mqttUrls(), device, cluster.mqttSecret(device));
            paho.publish(device, System.currentTimeMillis(), 42);
            cluster.awaitReadings(device, 1, Duration.ofSeconds(30));
        }
        // one instance took the message from the shared subscription; the other hears of it only through the relay
        await("the live reading relayed to both instances").atMost(Duration.ofSeconds(10)).pollInterval(POLL)
                .until(() -> instances.metric(1, LIVE_READINGS) > first && instances.metric(2, LIVE_READINGS) > second);
    }

    @Test
    void theRollupTimerRunsOncePerRoundOnOneInstance(Platform cluster) {
        ClusterInstances instances = ClusterInstances.of(cluster.running());
        await("both instances ready").atMost(Duration.ofMinutes(6)).pollInterval(POLL)
                .until(() -> instances.ready(1) && instances.ready(2));
        double first = instances.metric(1, ROLLUP_ROUNDS);
        double second = instances.metric(2, ROLLUP_ROUNDS);
        long from = System.nanoTime();
        // both instances' timers fire every 5 s; only the lease holder's rounds run and count
        await("four rollup rounds run in the group").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> instances.metric(1, ROLLUP_ROUNDS) - first + instances.metric(2, ROLLUP_ROUNDS) - second >= 4);
        double seconds = (System.nanoTime() - from) / 1e9;
        double byFirst = instances.metric(1, ROLLUP_ROUNDS) - first;
        double bySecond = instances.metric(2, ROLLUP_ROUNDS) - second;
        System.out.printf("rollup rounds in %.1f s: instance 1 ran %.0f, instance 2 ran %.0f%n", seconds, byFirst, bySecond);
        assertThat(byFirst + bySecond).as("at most one round per 5 s across the group").isLessThanOrEqualTo(seconds / 5 + 1);
        assertThat(Math.min(byFirst, bySecond)).as("one instance holds the lease meanwhile").isZero();
    }

    /** What the balancer answered, asked every 100 ms for the API and the portal's sign-in page. */
    private static final class Answers {
        final ConcurrentLinkedQueue<long[]> all = new ConcurrentLinkedQueue<>();
        private final ScheduledExecutorService asker = Executors.newSingleThreadScheduledExecutor();

        /** Asks on a schedule, every 100 ms, until {@link #stop()}: a sample rate, not a wait for anything. */
        void start(Platform cluster) {
            asker.scheduleWithFixedDelay(() -> {
                all.add(new long[] {System.currentTimeMillis(), apiStatus(cluster)});
                all.add(new long[] {System.currentTimeMillis(), ClusterInstances.status(cluster.running().httpUrl() + "/")});
            }, 0, 100, TimeUnit.MILLISECONDS);
        }

        private static int apiStatus(Platform cluster) {
            try {
                return cluster.admin().get("/api/v1/users/me").statusCode();
            } catch (IllegalStateException connectionLost) {
                return -1;
            }
        }

        void stop() throws InterruptedException {
            asker.shutdown();
            asker.awaitTermination(30, TimeUnit.SECONDS);
        }

        List<long[]> after(long millis) {
            return all.stream().filter(a -> a[0] >= millis).toList();
        }

        List<Long> failedAfter(long millis) {
            return after(millis).stream().filter(a -> a[1] >= 400 || a[1] < 0).map(a -> a[1]).toList();
        }
    }
}
