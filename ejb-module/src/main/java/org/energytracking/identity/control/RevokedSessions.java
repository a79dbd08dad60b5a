package org.energytracking.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.cluster.entity.PollWindow;
import org.energytracking.identity.entity.AuthSession;

/**
 * Sessions signed out, so that their access tokens stop working at once rather than when they
 * expire. Only revocations younger than an access token's lifetime matter; the set stays small.
 * Each app-server instance holds it in memory (a request checks it without a query) and learns of
 * the sign-outs made on the other instances of a deployment group by asking the database every
 * {@code identity.revocation-poll-millis} (500) for the sessions revoked since it last asked.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@Lock(LockType.READ)
public class RevokedSessions {

    private static final Logger LOG = Logger.getLogger(RevokedSessions.class.getName());
    /** Covers a revoking instance's clock a little behind the database's, and a commit a little after the stamp. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);
    private static final String REVOKED_WITHIN = "SELECT id FROM auth_session WHERE revoked_at >= UTC_TIMESTAMP(3) - INTERVAL ? SECOND";

    @PersistenceContext
    EntityManager em;
    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    AccessTokens tokens;
    @Inject
    @ConfigProperty(name = "identity.revocation-poll-millis")
    long pollMillis;

    private final Clock clock = Clock.systemUTC();
    private final Map<Long, Instant> revoked = new ConcurrentHashMap<>();
    private final PollWindow window = new PollWindow(OVERLAP);
    private ScheduledFuture<?> polling;

    @PostConstruct
    void load() {
        long start = System.nanoTime();
        Instant now = clock.instant();
        em.createNamedQuery(AuthSession.REVOKED_SINCE, Long.class)
                .setParameter("since", now.minus(tokens.lifetime())).getResultList()
                .forEach(id -> revoked.put(id, now));
        window.answered(start);
        polling = scheduler.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        polling.cancel(false);
    }

    public void add(long sessionId) {
        Instant now = clock.instant();
        revoked.put(sessionId, now);
        forgetExpired(now);
    }

    public boolean contains(Long sessionId) {
        return sessionId != null && revoked.containsKey(sessionId);
    }

    private void forgetExpired(Instant now) {
        // a token of a session revoked longer ago than a token lives has expired anyway
        revoked.values().removeIf(at -> at.isBefore(now.minus(tokens.lifetime())));
    }

    /** Sign-outs made on other instances; on a thread of the scheduler, with a connection of the pool's own. */
    private void poll() {
        long start = System.nanoTime();
        long seconds = window.lookBack(start).plusMillis(999).toSeconds();
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(REVOKED_WITHIN)) {
            select.setLong(1, seconds);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    revoked.putIfAbsent(rows.getLong(1), now);
                }
            }
            window.answered(start);
            forgetExpired(now);
        } catch (SQLException | RuntimeException e) {
            // the next poll looks back further; an exception escaping would end the polling for good
            LOG.log(Level.FINE, "Revocations not polled: {0}", e.toString());
        }
    }
}
