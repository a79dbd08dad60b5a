package org.energytracking.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.energytracking.identity.entity.AuthSession;

/**
 * Sessions signed out, so that their access tokens stop working at once rather than when they
 * expire. Only revocations younger than an access token's lifetime matter; the set stays small.
 * One platform node holds it in memory (the platform is one application server per host).
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@Lock(LockType.READ)
public class RevokedSessions {

    @PersistenceContext
    EntityManager em;
    @Inject
    AccessTokens tokens;

    private final Clock clock = Clock.systemUTC();
    private final Map<Long, Instant> revoked = new ConcurrentHashMap<>();

    @PostConstruct
    void load() {
        Instant now = clock.instant();
        em.createNamedQuery(AuthSession.REVOKED_SINCE, Long.class)
                .setParameter("since", now.minus(tokens.lifetime())).getResultList()
                .forEach(id -> revoked.put(id, now));
    }

    public void add(long sessionId) {
        Instant now = clock.instant();
        revoked.put(sessionId, now);
        // a token of a session revoked longer ago than a token lives has expired anyway
        revoked.values().removeIf(at -> at.isBefore(now.minus(tokens.lifetime())));
    }

    public boolean contains(Long sessionId) {
        return sessionId != null && revoked.containsKey(sessionId);
    }
}
