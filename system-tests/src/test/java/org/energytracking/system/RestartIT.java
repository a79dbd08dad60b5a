package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs last: it kills the app server and restarts the whole platform. */
@Order(Integer.MAX_VALUE)
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {

    @Test
    @Order(1)
    void readingsPublishedWhileTheAppServerIsDeadArriveAfterItsRestart(Platform platform) throws Exception {
        String device = platform.newDevice("crash");
        long pid = payaraPid(platform);
        long start = System.currentTimeMillis() - 600_000;
        for (int i = 0; i < 500; i++) {
            platform.publish("devices/" + device + "/readings", "{\"ts\":" + (start + i) + ",\"power\":" + i + "}");
        }
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        for (int i = 500; i < 1_000; i++) {
            platform.publish("devices/" + device + "/readings", "{\"ts\":" + (start + i) + ",\"power\":" + i + "}");
        }
        assertThat(platform.awaitReadings(device, 1_000, Duration.ofMinutes(3))).isEqualTo(1_000);
        // messages the dead app server had taken but not acknowledged come again: they must add nothing
        platform.publishMarkerAndAwait(device, start + 1_000, Duration.ofMinutes(1));
        assertThat(platform.readingCount(device)).as("the 1,000 readings and the marker").isEqualTo(1_001);
        await("the launcher restarted the app server under a new pid").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(payaraPid(platform)).isNotEqualTo(pid));
    }

    private static long payaraPid(Platform platform) throws IOException {
        return Long.parseLong(platform.running().endpoints().getProperty("payara.pid"));
    }

    @Test
    @Order(2)
    void dataSurvivesACleanRestartOfThePlatform(Platform platform) throws Exception {
        String device = platform.newDevice("survivor");
        platform.publish("devices/" + device + "/readings", "{\"power\":7}");
        assertThat(platform.awaitReadings(device, 1, Duration.ofSeconds(30))).isEqualTo(1);

        ApiClient signedInBefore = platform.anonymous().withToken(ApiClient.login(platform.running().httpUrl(),
                RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD).getString("access_token"));

        platform.running().stop();
        assertThat(platform.running().stoppedCleanly()).isTrue();
        platform.running().start(Duration.ofMinutes(5));

        // the signing keys are kept: a token from before the restart still verifies
        assertThat(signedInBefore.get("/api/v1/devices/" + device).statusCode()).isEqualTo(200);
        assertThat(platform.readingCount(device)).isEqualTo(1);
    }
}
