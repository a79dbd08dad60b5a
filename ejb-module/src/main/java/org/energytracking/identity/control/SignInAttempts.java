package org.energytracking.identity.control;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.energytracking.identity.entity.FailedSignIns;
import org.energytracking.identity.entity.User;

/**
 * Failed sign-ins: on the account for known emails (kept across restarts), in a bounded map for
 * unknown ones, under the same rule, so throttling does not reveal which emails have accounts.
 * A failure is written in its own transaction because the request that reports it rolls back.
 */
@Singleton
@Lock(LockType.WRITE)
public class SignInAttempts {

    private static final int MAX_UNKNOWN_EMAILS = 10_000;

    @PersistenceContext
    EntityManager em;

    private final Map<String, FailedSignIns> unknownEmails = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FailedSignIns> eldest) {
            return size() > MAX_UNKNOWN_EMAILS;
        }
    };

    public long secondsToWait(User user, String email, Instant now) {
        if (user != null) {
            return user.failedSignIns().secondsToWait(now);
        }
        FailedSignIns failures = unknownEmails.get(email);
        return failures == null ? 0 : failures.secondsToWait(now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(User user, String email, Instant now) {
        if (user == null) {
            unknownEmails.computeIfAbsent(email, any -> new FailedSignIns()).failed(now);
            return;
        }
        User current = em.find(User.class, user.id());
        if (current != null) {
            current.failedSignIns().failed(now);
        }
    }
}
