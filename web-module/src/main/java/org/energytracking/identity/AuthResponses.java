package org.energytracking.identity;

import java.time.Instant;
import java.util.Set;
import org.energytracking.identity.entity.AuthSession;
import org.energytracking.identity.entity.SignIn;
import org.energytracking.identity.entity.User;

/** What the /auth and /users/me calls answer. */
public final class AuthResponses {

    private AuthResponses() {
    }

    public record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
        static Tokens of(SignIn signIn) {
            return new Tokens(signIn.accessToken(), signIn.refreshToken(), "Bearer", signIn.expiresInSeconds());
        }

        @Override
        public String toString() {
            return "Tokens[expiresIn=" + expiresIn + "]";
        }
    }

    public record Message(String message) {
    }

    public record Session(long id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, String userAgent,
                          String clientAddress, boolean current) {
        static Session of(AuthSession session, Long currentId) {
            return new Session(session.id(), session.createdAt(), session.lastUsedAt(), session.expiresAt(),
                    session.userAgent(), session.clientAddress(), session.id().equals(currentId));
        }
    }

    public record Account(long id, String email, String firstName, String lastName, Set<String> roles,
                          boolean enabled, boolean emailVerified, boolean invitationPending, String timezone, String locale,
                          Instant createdAt) {
        public static Account of(User user) {
            return new Account(user.id(), user.email(), user.firstName(), user.lastName(), user.roleNames(),
                    user.enabled(), user.emailVerified(), user.invitationPending(), user.zone().getId(), user.locale(), user.createdAt());
        }
    }
}
