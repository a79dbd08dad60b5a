package org.energytracking.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anInvitedUserIsPendingUntilTheyChooseAPasswordWhichAlsoConfirmsTheirEmail() {
        User user = User.invited(" Nina@Example.COM ", "Nina", "New", NOW);
        assertThat(user.email()).isEqualTo("nina@example.com");
        assertThat(user.invitationPending()).isTrue();
        assertThat(user.emailVerified()).isFalse();

        user.acceptInvitation("pbkdf2-hash", NOW.plusSeconds(60));
        assertThat(user.invitationPending()).isFalse();
        assertThat(user.emailVerified()).isTrue();
        assertThat(user.passwordHash()).isEqualTo("pbkdf2-hash");
    }

    @Test
    void aUserSeesTimesInUtcUntilTheyChooseAZone() {
        User user = new User("a@example.com", "hash", "Ada", "Lovelace", NOW);
        assertThat(user.zone()).isEqualTo(ZoneId.of("UTC"));
        user.moveTo(ZoneId.of("Europe/Vienna"), NOW);
        assertThat(user.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
        assertThat(user.invitationPending()).isFalse();
    }
}
