package org.energytracking.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.control.OneTimeLinks;
import org.energytracking.identity.control.PasswordHasher;
import org.energytracking.identity.control.Revocations;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.PasswordPolicy;
import org.energytracking.identity.entity.Secret;
import org.energytracking.identity.entity.User;
import org.energytracking.identity.entity.UserToken;
import org.energytracking.mail.control.Mailer;

/** Password resets and email verification through single-use links sent by email. */
@Stateless
public class Recovery {

    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

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
    OneTimeLinks links;
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
        Secret secret = links.issue(user, UserToken.RESET, clock.instant(), resetLinkLifetime);
        mailer.send(user.email(), "Reset your Energy Tracking password", """
                Hello %s,

                someone (hopefully you) asked to reset the password of your Energy Tracking account.
                Choose a new password here within %d minutes:

                %s

                The link works once. If you did not ask for it, ignore this email: your password stays as it is.
                """.formatted(user.firstName(), resetLinkLifetime.toMinutes(), links.link("reset-password", secret)));
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
        Secret secret = links.issue(user, UserToken.VERIFY, clock.instant(), Duration.ofDays(2));
        mailer.send(user.email(), "Confirm your Energy Tracking account", """
                Hello %s,

                welcome to Energy Tracking. Please confirm your email address (the link works for two days):

                %s

                If you did not create this account, ignore this email.
                """.formatted(user.firstName(), links.link("verify-email", secret)));
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
                If it was you: sign in at %s , or reset your password there if you forgot it.
                """.formatted(user.firstName(), links.portal()));
    }

    private User redeem(String token, String purpose) {
        return links.redeem(token, purpose, clock.instant(), "this link is invalid, used or expired; ask for a new one");
    }
}
