package org.energytracking.launcher;

import java.security.Principal;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.NoCacheLoginException;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

/**
 * Logins and permissions of the embedded broker: devices log in with their device id and MQTT secret
 * (checked against the platform's database), or with both as one access token for user name and no
 * password, as ThingsBoard firmware does; either way the session's user is the device id, which the
 * broker puts on each message for the platform (populate-validated-user); the platform's resource adapter with a password the
 * launcher generates at each start. Artemis caches both answers for security-invalidation-interval.
 */
final class BrokerSecurity implements ActiveMQSecurityManager5 {

    /** Not a possible device id (those have no dots), so no device can pose as the platform. */
    static final String PLATFORM_USER = "energy.platform";
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String ANONYMOUS = "anonymous";
    private static final Logger LOG = Logger.getLogger(BrokerSecurity.class.getName());

    private final DeviceSecrets secrets;
    private final String platformPassword;
    private final boolean allowAnonymous;
    private final BrokerRefusals refusals = new BrokerRefusals();

    BrokerSecurity(DeviceSecrets secrets, String platformPassword, boolean allowAnonymous) {
        this.secrets = secrets;
        this.platformPassword = platformPassword;
        this.allowAnonymous = allowAnonymous;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain)
            throws NoCacheLoginException {
        if (user == null || user.isEmpty()) {
            return allowAnonymous ? subject(ANONYMOUS, BrokerRole.ANONYMOUS) : refused("(anonymous)", connection, "anonymous clients are not allowed");
        }
        if (PLATFORM_USER.equals(user)) {
            return Secrets.same(password, platformPassword) ? subject(user, BrokerRole.PLATFORM)
                    : refused(user, connection, "wrong password");
        }
        String deviceId = user;
        String secret = password;
        int dot = user.indexOf('.');
        if (dot > 0 && (password == null || password.isEmpty())) {
            // an access token as user name and no password (ThingsBoard firmware): {deviceId}.{secret}
            deviceId = user.substring(0, dot);
            secret = user.substring(dot + 1);
        }
        if (!DEVICE_ID.matcher(deviceId).matches()) {
            return refused(user, connection, "not a device id");
        }
        return device(deviceId, secret, connection);
    }

    private Subject device(String user, String password, RemotingConnection connection) throws NoCacheLoginException {
        Optional<String> hash;
        try {
            hash = secrets.hashOf(user);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot check the broker login of {0}: {1}", new Object[] {user, e.getMessage()});
            // not cached by Artemis: the next attempt asks the database again
            throw new NoCacheLoginException("database unavailable");
        }
        if (Secrets.matchesHash(password, hash.orElse(null))) {
            return subject(user, BrokerRole.DEVICE);
        }
        return refused(user, connection, hash.isPresent() ? "wrong secret" : "unknown device or no MQTT credentials");
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        String user = getUserFromSubject(subject);
        Optional<BrokerRole> role = subject.getPrincipals(RolePrincipal.class).stream()
                .map(Principal::getName).map(BrokerRole::valueOf).findFirst();
        boolean allowed = role.isPresent() && role.get().allows(user, checkType, address);
        if (!allowed) {
            refusals.record(printable(String.valueOf(user)), checkType + " on " + printable(String.valueOf(address)));
        }
        return allowed;
    }

    /** Only {@link #authenticate} is used: Artemis calls the ActiveMQSecurityManager5 methods. */
    @Override
    public boolean validateUser(String user, String password) {
        try {
            return authenticate(user, password, null, null) != null;
        } catch (NoCacheLoginException e) {
            return false;
        }
    }

    /** Only {@link #authorize} is used: without an address there is nothing to grant. */
    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false;
    }

    void close() {
        secrets.close();
    }

    private static Subject subject(String user, BrokerRole role) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(role.name()));
        return subject;
    }

    private Subject refused(String user, RemotingConnection connection, String reason) {
        String from = connection == null ? "?" : connection.getRemoteAddress();
        refusals.record(printable(user), "login from " + from + ": " + reason);
        return null;
    }

    BrokerRefusals refusals() {
        return refusals;
    }

    /** A user name as the client sent it, shortened and without control characters that could forge log lines. */
    static String printable(String user) {
        String shown = user.length() > 80 ? user.substring(0, 80) + "..." : user;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
