package org.energytracking.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.control.PasswordHasher;
import org.energytracking.identity.control.Revocations;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.PasswordPolicy;
import org.energytracking.identity.entity.Secret;
import org.energytracking.identity.entity.User;
import org.energytracking.identity.entity.UserToken;
import org.energytracking.notify.control.Mailer;
import org.energytracking.problems.Problem;

/** Password resets and email verification through single-use links sent by email. */
@Stateless
public class Recovery {

    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    NewAccounts accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    Revocations revocations;
    @Inject
    AuditTrail audit;
    @Inject
    Mailer mailer;
    @Inject
    @ConfigProperty(name = "public.url")
    String publicUrl;
    @Inject
    @ConfigProperty(name = "auth.reset-link-ttl")
    Duration resetLinkLifetime;

    private final Clock clock = Clock.systemUTC();

    /** Sends a reset link if the email has an active account; the answer is the same if not. */
    public void requestReset(String email, ClientInfo client) {
        String normalised = User.normalise(email);
        User user = accounts.byEmail(normalised).filter(User::enabled).orElse(null);
        if (user == null) {
            audit.record(AuditAction.PASSWORD_RESET_REQUESTED, false, null, normalised, null, client, "no active account");
            return;
        }
        Instant now = clock.instant();
        em.createNamedQuery(UserToken.OPEN_OF_USER, UserToken.class).setParameter("userId", user.id())
                .setParameter("purpose", UserToken.RESET).getResultList().forEach(open -> open.cancel(now));
        Secret secret = Secret.generate();
        em.persist(new UserToken(secret, user, UserToken.RESET, now, resetLinkLifetime));
        mailer.send(user.email(), "Reset your Energy Tracking password", """
                Hello %s,

                someone (hopefully you) asked to reset the password of your Energy Tracking account.
                Choose a new password here within %d minutes:

                %s/reset-password?token=%s

                The link works once. If you did not ask for it, ignore this email: your password stays as it is.
                """.formatted(user.firstName(), resetLinkLifetime.toMinutes(), base(), secret.value()));
        audit.record(AuditAction.PASSWORD_RESET_REQUESTED, true, user.id(), user.email(), "user:" + user.id(), client, null);
    }

    /** Sets the new password and signs the account out everywhere. */
    public void confirmReset(String token, String newPassword, ClientInfo client) {
        User user = redeem(token, UserToken.RESET);
        PasswordPolicy.check(newPassword, user.email());
        user.changePassword(hasher.hash(newPassword), clock.instant());
        int ended = revocations.revokeAllOf(user.id(), "password reset");
        audit.record(AuditAction.PASSWORD_RESET, true, user.id(), user.email(), "user:" + user.id(), client,
                ended + " sessions signed out");
        LOG.info(() -> "Password reset for user " + user.id() + "; " + ended + " sessions signed out");
    }

    public void sendVerification(User user) {
        Secret secret = Secret.generate();
        em.persist(new UserToken(secret, user, UserToken.VERIFY, clock.instant(), Duration.ofDays(2)));
        mailer.send(user.email(), "Confirm your Energy Tracking account", """
                Hello %s,

                confirm your email address to start using Energy Tracking:

                %s/verify-email?token=%s
                """.formatted(user.firstName(), base(), secret.value()));
    }

    public void verifyEmail(String token, ClientInfo client) {
        User user = redeem(token, UserToken.VERIFY);
        user.verifyEmail(clock.instant());
        audit.record(AuditAction.EMAIL_VERIFIED, true, user.id(), user.email(), "user:" + user.id(), client, null);
    }

    public void tellAboutRepeatedRegistration(User user) {
        mailer.send(user.email(), "Your Energy Tracking account", """
                Hello %s,

                someone tried to register a new account with this email address, which already has one.
                If it was you: sign in at %s/ , or reset your password there if you forgot it.
                """.formatted(user.firstName(), base()));
    }

    private User redeem(String token, String purpose) {
        UserToken stored = token == null || token.isBlank() ? null : em.find(UserToken.class, Secret.hashOf(token));
        if (stored == null || !stored.redeem(purpose, clock.instant())) {
            throw Problem.invalid("token", "this link is invalid, used or expired; ask for a new one");
        }
        return stored.user();
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
