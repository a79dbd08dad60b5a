package org.energytracking.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.control.OneTimeLinks;
import org.energytracking.identity.control.PasswordHasher;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.PasswordPolicy;
import org.energytracking.identity.entity.Secret;
import org.energytracking.identity.entity.User;
import org.energytracking.identity.entity.UserToken;
import org.energytracking.kernel.Problem;
import org.energytracking.mail.control.Mailer;

/**
 * Administrators invite people by email: the account exists at once without a password, and the
 * emailed single-use link lets its owner choose one. A new invitation replaces the open one.
 */
@Stateless
public class Invitations {

    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());
    static final String REFUSAL = "this invitation link is invalid, used or expired; ask an administrator for a new one";

    @Inject
    CurrentCaller current;
    @Inject
    @ConfigProperty(name = "auth.invitation-ttl")
    Duration lifetime;
    @PersistenceContext
    EntityManager em;
    @Inject
    NewAccounts accounts;
    @Inject
    OneTimeLinks links;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditTrail audit;
    @Inject
    Mailer mailer;

    private final Clock clock = Clock.systemUTC();

    public record Invitee(String email, String firstName, String lastName) {
    }

    @Requires("users:write")
    public User invite(Invitee invitee, Collection<String> roles, ClientInfo client) {
        Caller caller = current.get();
        if (accounts.byEmail(invitee.email()).isPresent()) {
            throw Problem.conflict("email", "a user with this email exists");
        }
        User user = accounts.invite(invitee.email(), invitee.firstName(), invitee.lastName(), roles, clock.instant());
        send(user);
        audit.record(AuditAction.USER_INVITED, "user:" + user.id(), client, "roles " + user.roleNames());
        LOG.info(() -> "User " + caller.userId() + " invited user " + user.id());
        return user;
    }

    /** A new link for someone who has not accepted yet; the previous link stops working. */
    @Requires("users:write")
    public User resend(long userId, ClientInfo client) {
        Caller caller = current.get();
        User user = em.find(User.class, userId);
        if (user == null) {
            throw Problem.notFound("no user " + userId);
        }
        if (!user.invitationPending()) {
            throw Problem.conflict("user_id", user.email() + " has accepted their invitation already");
        }
        send(user);
        audit.record(AuditAction.INVITATION_RESENT, "user:" + user.id(), client, null);
        return user;
    }

    /** Who the link invites, while it still works; nothing for a used, replaced or expired link. */
    public Optional<User> invitee(String token) {
        return links.peek(token, UserToken.INVITE, clock.instant()).filter(User::invitationPending);
    }

    /** Sets the chosen password (and the zone, when a known one is given); the caller may then sign in. */
    public User accept(String token, String password, String timezone, ClientInfo client) {
        Instant now = clock.instant();
        User user = links.redeem(token, UserToken.INVITE, now, REFUSAL);
        if (!user.invitationPending()) {
            throw Problem.invalid("token", REFUSAL);
        }
        PasswordPolicy.check(password, user.email());
        user.acceptInvitation(hasher.hash(password), now);
        if (timezone != null && ZoneId.getAvailableZoneIds().contains(timezone)) {
            user.moveTo(ZoneId.of(timezone), now);
        }
        audit.record(AuditAction.INVITATION_ACCEPTED, true, user.id(), user.email(), "user:" + user.id(), client, null);
        LOG.info(() -> "User " + user.id() + " accepted their invitation");
        return user;
    }

    private void send(User user) {
        Caller caller = current.get();
        Secret secret = links.issue(user, UserToken.INVITE, clock.instant(), lifetime);
        mailer.send(user.email(), "You are invited to Energy Tracking", """
                Hello %s,

                %s invited you to Energy Tracking, where you can follow the energy your devices use.
                Choose your password here to start (the link works once, for %d days):

                %s

                If you did not expect this invitation, ignore this email.
                """.formatted(user.firstName(), caller.email(), Math.max(1, lifetime.toDays()), links.link("accept-invitation", secret)));
    }
}
