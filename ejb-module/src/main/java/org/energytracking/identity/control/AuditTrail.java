package org.energytracking.identity.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.AuditEvent;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;

/**
 * Writes audit events in a transaction of their own: a failed sign-in is recorded even though the
 * request that reports it rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller current;

    private final Clock clock = Clock.systemUTC();

    public void record(AuditAction action, boolean success, Long userId, String email, String target,
                       ClientInfo client, String details) {
        em.persist(new AuditEvent(clock.instant(), userId, email, action, success, target, client, details));
    }

    /** An event done by the signed-in caller of this request. */
    public void record(AuditAction action, String target, ClientInfo client, String details) {
        Caller caller = current.get();
        record(action, true, caller.userId(), caller.email(), target, client, details);
    }
}
