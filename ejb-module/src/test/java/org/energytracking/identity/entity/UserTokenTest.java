package org.energytracking.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTokenTest {

    private static final Instant SENT = Instant.parse("2026-03-01T10:00:00Z");
    private final User invitee = User.invited("New@Example.com", "Nina", "New", SENT);

    private UserToken invitation() {
        return new UserToken(Secret.generate(), invitee, UserToken.INVITE, SENT, Duration.ofDays(7));
    }

    @Test
    void anInvitationWorksOnceWithinItsValidity() {
        UserToken token = invitation();
        Instant later = SENT.plus(Duration.ofDays(6));
        assertThat(token.usable(UserToken.INVITE, later)).isTrue();
        assertThat(token.usable(UserToken.INVITE, later)).as("looking does not use it").isTrue();
        assertThat(token.redeem(UserToken.INVITE, later)).isTrue();
        assertThat(token.usable(UserToken.INVITE, later)).isFalse();
        assertThat(token.redeem(UserToken.INVITE, later)).isFalse();
    }

    @Test
    void anExpiredInvitationIsRefused() {
        UserToken token = invitation();
        assertThat(token.usable(UserToken.INVITE, SENT.plus(Duration.ofDays(7)))).isFalse();
        assertThat(token.redeem(UserToken.INVITE, SENT.plus(Duration.ofDays(8)))).isFalse();
    }

    @Test
    void anInvitationIsNoResetLinkAndACancelledOneIsDead() {
        UserToken token = invitation();
        assertThat(token.redeem(UserToken.RESET, SENT)).isFalse();
        token.cancel(SENT.plusSeconds(1));
        assertThat(token.usable(UserToken.INVITE, SENT.plusSeconds(2))).isFalse();
    }
}
