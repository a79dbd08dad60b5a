package org.energytracking.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.control.AccessTokens;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.control.PasswordHasher;
import org.energytracking.identity.control.Revocations;
import org.energytracking.identity.control.SignInAttempts;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.AuthSession;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.PasswordPolicy;
import org.energytracking.identity.entity.RefreshToken;
import org.energytracking.identity.entity.Secret;
import org.energytracking.identity.entity.SignIn;
import org.energytracking.identity.entity.User;
import org.energytracking.kernel.NumberLocales;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.Zones;

/** Registration, sign-in, token refresh, sign-out and sessions. Password resets: see Recovery. */
@Stateless
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final String BAD_CREDENTIALS = "invalid email or password";

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller current;
    @Inject
    NewAccounts newAccounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccessTokens accessTokens;
    @Inject
    SignInAttempts attempts;
    @Inject
    Revocations revocations;
    @Inject
    AuditTrail audit;
    @Inject
    Recovery recovery;
    @Inject
    @ConfigProperty(name = "auth.refresh-token-ttl")
    Duration sessionLifetime;
    @Inject
    @ConfigProperty(name = "auth.registration-role")
    String registrationRole;
    @Inject
    @ConfigProperty(name = "auth.require-email-verification")
    boolean requireVerification;

    private final Clock clock = Clock.systemUTC();

    /**
     * Creates the account, or, if the email has one already, tells its owner by email: the caller
     * gets the same answer either way and cannot probe which emails are registered.
     */
    public void register(NewAccounts.Details details, ClientInfo client) {
        var existing = newAccounts.byEmail(details.email());
        if (existing.isPresent()) {
            hasher.spendVerificationTime(details.password());
            recovery.tellAboutRepeatedRegistration(existing.get());
            audit.record(AuditAction.REGISTER, false, null, User.normalise(details.email()), null, client, "email already registered");
            return;
        }
        User user = newAccounts.create(details, List.of(registrationRole), false, clock.instant());
        recovery.sendVerification(user);
        audit.record(AuditAction.REGISTER, true, user.id(), user.email(), "user:" + user.id(), client, null);
        LOG.info(() -> "Registered user " + user.id());
    }

    public SignIn login(String email, String password, ClientInfo client) {
        Instant now = clock.instant();
        String normalised = User.normalise(email);
        User user = newAccounts.byEmail(normalised).orElse(null);
        long wait = attempts.secondsToWait(user, normalised, now);
        if (wait > 0) {
            audit.record(AuditAction.LOGIN, false, user == null ? null : user.id(), normalised, null, client, "throttled");
            throw Problem.tooManyAttempts("email", "too many failed sign-ins; try again in " + wait + " s", wait);
        }
        boolean noPassword = user == null || user.invitationPending();
        if (noPassword) {
            hasher.spendVerificationTime(password);
        }
        if (noPassword || !hasher.matches(password, user.passwordHash())) {
            attempts.failed(user, normalised, now);
            audit.record(AuditAction.LOGIN, false, user == null ? null : user.id(), normalised, null, client, "wrong email or password");
            throw Problem.unauthenticated(BAD_CREDENTIALS);
        }
        if (!user.enabled()) {
            audit.record(AuditAction.LOGIN, false, user.id(), normalised, null, client, "account disabled");
            throw Problem.forbidden("this account is disabled");
        }
        if (requireVerification && !user.emailVerified()) {
            throw Problem.forbidden("confirm your email address first (see the link we sent you)");
        }
        user.failedSignIns().succeeded();
        AuthSession session = new AuthSession(user, client, now, sessionLifetime);
        em.persist(session);
        em.flush();
        audit.record(AuditAction.LOGIN, true, user.id(), user.email(), "session:" + session.id(), client, null);
        return issue(session, now);
    }

    /** Trades a refresh token for new tokens; a token presented twice revokes its whole session. */
    public SignIn refresh(String refreshToken, ClientInfo client) {
        Instant now = clock.instant();
        RefreshToken token = refreshToken == null ? null : em.find(RefreshToken.class, Secret.hashOf(refreshToken));
        if (token == null) {
            throw Problem.unauthenticated("invalid refresh token");
        }
        AuthSession session = token.session();
        if (!token.use(now)) {
            revocations.revoke(session.id(), "refresh token reused");
            audit.record(AuditAction.REFRESH_REUSE, false, session.user().id(), session.user().email(),
                    "session:" + session.id(), client, "a used refresh token was presented again; session revoked");
            LOG.warning(() -> "Refresh token reuse on session " + session.id() + "; session revoked");
            throw Problem.unauthenticated("invalid refresh token");
        }
        if (!session.isActive(now) || !session.user().enabled()) {
            throw Problem.unauthenticated("session ended; sign in again");
        }
        session.used(client, now);
        return issue(session, now);
    }

    public void logout(ClientInfo client) {
        Caller caller = current.get();
        if (caller.sessionId() != null) {
            revocations.revoke(caller.sessionId(), "signed out");
        }
        audit.record(AuditAction.LOGOUT, "session:" + caller.sessionId(), client, null);
    }

    public List<AuthSession> sessions() {
        return em.createNamedQuery(AuthSession.ACTIVE_OF_USER, AuthSession.class)
                .setParameter("userId", current.get().userId()).setParameter("now", clock.instant()).getResultList();
    }

    public void endSession(long sessionId, ClientInfo client) {
        Caller caller = current.get();
        AuthSession session = em.find(AuthSession.class, sessionId);
        if (session == null || session.user().id() != caller.userId() || !session.isActive(clock.instant())) {
            throw Problem.notFound("no session " + sessionId);
        }
        revocations.revoke(sessionId, "signed out by the user");
        audit.record(AuditAction.SESSION_REVOKED, "session:" + sessionId, client, null);
    }

    /** Needs the current password; ends every other session of the account, keeps this one. */
    public void changePassword(String currentPassword, String newPassword, ClientInfo client) {
        Caller caller = current.get();
        User user = me();
        if (currentPassword == null || !hasher.matches(currentPassword, user.passwordHash())) {
            audit.record(AuditAction.PASSWORD_CHANGED, false, user.id(), user.email(), "user:" + user.id(), client, "wrong current password");
            throw Problem.invalid("current_password", "the current password is not right");
        }
        PasswordPolicy.check(newPassword, user.email());
        user.changePassword(hasher.hash(newPassword), clock.instant());
        sessions().stream().map(AuthSession::id).filter(id -> !id.equals(caller.sessionId()))
                .forEach(id -> revocations.revoke(id, "password changed"));
        audit.record(AuditAction.PASSWORD_CHANGED, "user:" + user.id(), client, null);
        LOG.info(() -> "User " + user.id() + " changed their password");
    }

    /** The zone the portal shows this user's times in; an unknown name is a 400 on {@code timezone}. */
    public User moveTo(String timezone) {
        User user = me();
        user.moveTo(ZoneId.of(Zones.nameOrUtc(timezone)), clock.instant());
        return user;
    }

    /** The locale this user's report numbers are written in; blank goes back to the platform's. */
    public User writeNumbersIn(String locale) {
        User user = me();
        user.writeNumbersIn(NumberLocales.tagOrNone(locale), clock.instant());
        return user;
    }

    public User me() {
        User user = em.find(User.class, current.get().userId());
        if (user == null) {
            throw Problem.unauthenticated("this account no longer exists");
        }
        return user;
    }

    private SignIn issue(AuthSession session, Instant now) {
        Secret refresh = Secret.generate();
        em.persist(new RefreshToken(refresh, session, now));
        String access = accessTokens.issue(session.user(), session.id(), now);
        return new SignIn(access, refresh.value(), accessTokens.lifetime().toSeconds());
    }
}
