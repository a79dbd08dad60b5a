package org.energytracking.identity.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.energytracking.identity.entity.AuthSession;

/**
 * Ends sessions: their refresh tokens stop working and their access tokens are refused from the
 * next request on. In a transaction of its own, so a revocation made while refusing a request
 * (a reused refresh token) stands although that request fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Revocations {

    @PersistenceContext
    EntityManager em;
    @Inject
    RevokedSessions revoked;

    private final Clock clock = Clock.systemUTC();

    public void revoke(long sessionId, String reason) {
        AuthSession session = em.find(AuthSession.class, sessionId);
        if (session != null) {
            session.revoke(reason, clock.instant());
            revoked.add(sessionId);
        }
    }

    public int revokeAllOf(long userId, String reason) {
        Instant now = clock.instant();
        var sessions = em.createNamedQuery(AuthSession.ACTIVE_OF_USER, AuthSession.class)
                .setParameter("userId", userId).setParameter("now", now).getResultList();
        for (AuthSession session : sessions) {
            session.revoke(reason, now);
            revoked.add(session.id());
        }
        return sessions.size();
    }
}
