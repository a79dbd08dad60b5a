package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

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
        long pid = Long.parseLong(platform.running().endpoints().getProperty("payara.pid"));
        long start = System.currentTimeMillis() - 600_000;
        for (int i = 0; i < 500; i++) {
            platform.publish("devices/" + device + "/readings", "{\"ts\":" + (start + i) + ",\"power\":" + i + "}");
        }
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        for (int i = 500; i < 1_000; i++) {
            platform.publish("devices/" + device + "/readings", "{\"ts\":" + (start + i) + ",\"power\":" + i + "}");
        }
        assertThat(platform.awaitReadings(device, 1_000, Duration.ofMinutes(3))).isEqualTo(1_000);
        Thread.sleep(1_000);
        assertThat(platform.readingCount(device)).isEqualTo(1_000);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Long.parseLong(platform.running().endpoints().getProperty("payara.pid")) == pid && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(Long.parseLong(platform.running().endpoints().getProperty("payara.pid"))).isNotEqualTo(pid);
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
