package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.spi.core.security.jaas.NoCacheLoginException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The logins that need no database; device logins against it are covered by the system tests (MqttCredentialsIT). */
class BrokerSecurityTest {

    // nothing listens on port 1: every device lookup fails as with a database that is down
    private final DeviceSecrets unreachable = new DeviceSecrets("jdbc:mariadb://127.0.0.1:1/energy", "root", "");
    private final BrokerSecurity security = new BrokerSecurity(unreachable, "platform-secret", false);

    @AfterEach
    void close() {
        security.close();
    }

    @Test
    void platformUserNeedsTheLaunchersPasswordAndMayDoEverything() throws Exception {
        Subject platform = security.authenticate(BrokerSecurity.PLATFORM_USER, "platform-secret", null, null);
        assertThat(platform).isNotNull();
        assertThat(security.getUserFromSubject(platform)).isEqualTo(BrokerSecurity.PLATFORM_USER);
        assertThat(security.authorize(platform, Set.of(), CheckType.CONSUME, "devices.#")).isTrue();
        assertThat(security.authenticate(BrokerSecurity.PLATFORM_USER, "guess", null, null)).isNull();
        assertThat(security.authenticate(BrokerSecurity.PLATFORM_USER, null, null, null)).isNull();
    }

    @Test
    void anonymousIsRefusedUnlessAllowedAndThenMayOnlyPublishReadings() throws Exception {
        assertThat(security.authenticate(null, null, null, null)).isNull();
        assertThat(security.authenticate("", null, null, null)).isNull();
        BrokerSecurity demo = new BrokerSecurity(unreachable, "platform-secret", true);
        Subject anonymous = demo.authenticate(null, null, null, null);
        assertThat(demo.authorize(anonymous, Set.of(), CheckType.SEND, "devices.any.readings")).isTrue();
        assertThat(demo.authorize(anonymous, Set.of(), CheckType.CONSUME, "devices.any.readings")).isFalse();
    }

    @Test
    void userThatCannotBeADeviceIdIsRefusedWithoutAskingTheDatabase() throws Exception {
        assertThat(security.authenticate("devices.#", "x", null, null)).isNull();
        assertThat(security.authenticate("x".repeat(65), "x", null, null)).isNull();
    }

    @Test
    void unavailableDatabaseRefusesTheLoginWithoutArtemisCachingTheRefusal() {
        assertThatThrownBy(() -> security.authenticate("plug-1", "secret", null, null))
                .isInstanceOf(NoCacheLoginException.class);
    }

    @Test
    void accessTokenWithoutPasswordIsLookedUpAsItsDeviceAndABadOneIsRefusedAtOnce() throws Exception {
        assertThatThrownBy(() -> security.authenticate("plug-1.s3cret", null, null, null))
                .as("the token's device id is asked for").isInstanceOf(NoCacheLoginException.class);
        assertThat(security.authenticate("bad id.s3cret", null, null, null)).isNull();
    }

    @Test
    void noSubjectNoRights() {
        assertThat(security.authorize(null, Set.of(), CheckType.SEND, "devices.plug-1.readings")).isFalse();
    }

    @Test
    void loggedUserNamesCannotForgeLogLines() {
        assertThat(BrokerSecurity.printable("evil\nINFO: fake")).isEqualTo("evil?INFO: fake");
        assertThat(BrokerSecurity.printable("y".repeat(100))).hasSize(83);
    }
}
