package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a second app-server instance of a deployment group does to this one, played by writing its rows into the
 * shared database: a sign-out it made, a role it gave, a schedule lease it holds.
 */
@ExtendWith(PlatformExtension.class)
class InstancesShareStateIT {

    private static final String OTHER_INSTANCE = "other-host/instance2@0/1-otherjvm";
    private static final Duration POLL = Duration.ofMillis(50);

    @Test
    void aSignOutMadeOnAnotherInstanceIsRefusedHereWithinASecond(Platform platform) throws Exception {
        Platform.TestUser user = platform.newUser("elsewhere");
        assertThat(user.api().get("/api/v1/users/me").statusCode()).isEqualTo(200);
        long session = platform.queryLong("SELECT id FROM auth_session WHERE user_id = ?", user.id());

        // as Revocations on the other instance does: the row only, nothing in this instance's memory
        assertThat(execute(platform, "UPDATE auth_session SET revoked_at = UTC_TIMESTAMP(3), revoked_reason = 'signed out' WHERE id = ?",
                session)).isEqualTo(1);
        long revokedAt = System.nanoTime();

        await("the token of the session signed out elsewhere refused").atMost(Duration.ofSeconds(1)).pollInterval(POLL)
                .until(() -> user.api().get("/api/v1/users/me").statusCode() == 401);
        System.out.printf("a sign-out on another instance refused here after %d ms%n", (System.nanoTime() - revokedAt) / 1_000_000);
    }

    @Test
    void rolesGivenOnAnotherInstanceApplyHereOnceItTellsTheCachesToForget(Platform platform) throws Exception {
        Platform.TestUser user = platform.newUser("promoted");
        assertThat(user.api().get("/api/v1/users").statusCode()).as("an operator may not list the users").isEqualTo(403);

        // as UserAdministration on the other instance does: the row, and the word to forget the user's cached roles
        assertThat(execute(platform, "INSERT INTO user_role (user_id, role_id) SELECT ?, id FROM role WHERE name = 'admin'", user.id()))
                .isEqualTo(1);
        assertThat(execute(platform, "INSERT INTO cache_eviction (cache, item, at) VALUES ('user-roles', ?, UTC_TIMESTAMP(3))",
                Long.toString(user.id()))).isEqualTo(1);

        await("the new role applied here").atMost(Duration.ofSeconds(3)).pollInterval(POLL)
                .until(() -> user.api().get("/api/v1/users").statusCode() == 200);
    }

    @Test
    void theRollupRoundRunsOnlyWhileNoOtherInstanceHoldsItsLease(Platform platform) throws Exception {
        await("a rollup round ran here").atMost(Duration.ofSeconds(30)).until(() -> rollupRounds(platform) > 0);
        // between two ticks of the rollup timer (every 5 s on the second), so no round is starting as we write
        await().atMost(Duration.ofSeconds(6)).pollInterval(POLL).until(() -> LocalTime.now().getSecond() % 5 == 2);
        assertThat(execute(platform, "UPDATE schedule_lease SET holder = ?, taken_at = UTC_TIMESTAMP(3),"
                + " expires_at = UTC_TIMESTAMP(3) + INTERVAL 14 SECOND WHERE job = 'rollups'", OTHER_INSTANCE)).isEqualTo(1);
        try {
            double before = rollupRounds(platform);
            String device = platform.newDevice("lease");
            HttpResponse<String> stored = platform.post("/api/v1/devices/" + device + "/readings", "application/json",
                    "[{\"ts\":" + (System.currentTimeMillis() - 1_000) + ",\"power\":120,\"energy\":1000}]");
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
            platform.awaitReadings(device, 1, Duration.ofSeconds(10));

            // the other instance holds the lease: more than a tick passes, and no round runs here
            await("no rollup round here while the other instance's lease is valid").during(Duration.ofSeconds(6))
                    .atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(500))
                    .until(() -> rollupRounds(platform) == before && staleDays(platform, device) == 1);

            // its lease runs out (it died): this instance takes it over and rolls the device up
            await("the rollup round here again once the lease ran out").atMost(Duration.ofSeconds(20)).pollInterval(POLL)
                    .until(() -> rollupRounds(platform) > before && staleDays(platform, device) == 0);
            assertThat(holderOfRollups(platform)).isNotEqualTo(OTHER_INSTANCE);
        } finally {
            execute(platform, "DELETE FROM schedule_lease WHERE job = 'rollups' AND holder = ?", OTHER_INSTANCE);
        }
    }

    private static double rollupRounds(Platform platform) {
        Matcher count = Pattern.compile("(?m)^scheduled_rounds_total\\{[^}]*job=\"rollups\"[^}]*} ([0-9.Ee+]+)")
                .matcher(platform.anonymous().get("/metrics").body());
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    private static long staleDays(Platform platform, String device) {
        return platform.queryLong("SELECT COUNT(*) FROM rollup_dirty r JOIN device d ON d.id = r.device_id WHERE d.device_id = ?", device);
    }

    private static String holderOfRollups(Platform platform) throws Exception {
        try (Connection db = platform.database();
             PreparedStatement select = db.prepareStatement("SELECT holder FROM schedule_lease WHERE job = 'rollups'");
             var row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static int execute(Platform platform, String sql, Object... parameters) throws Exception {
        try (Connection db = platform.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
