package org.energytracking.cluster.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes a check-then-create step of startup (is there a signing key yet? an administrator?) run one instance at a
 * time across a deployment group, whose instances start together on an empty database. The lock is a row of
 * startup_lock, held by the caller's transaction until it commits. Take it before the transaction's first read:
 * MariaDB's repeatable read fixes what a transaction sees at that read, and it must come after the other's commit.
 */
@Stateless
public class StartupLocks {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void hold(String step) {
        em.createNativeQuery("INSERT INTO startup_lock (step) VALUES (?1) ON DUPLICATE KEY UPDATE step = step")
                .setParameter(1, step).executeUpdate();
    }
}
