package org.energytracking.notify.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.energytracking.notify.entity.NotificationPreference;

/** A user's notification preferences, made with the defaults the first time they are needed. */
@Dependent
public class Preferences {

    @PersistenceContext
    EntityManager em;

    public NotificationPreference of(long userId, Instant now) {
        NotificationPreference preference = em.find(NotificationPreference.class, userId);
        if (preference == null) {
            preference = NotificationPreference.defaults(userId, now);
            em.persist(preference);
        }
        return preference;
    }

    public Optional<NotificationPreference> byUnsubscribeToken(String token) {
        return em.createQuery("SELECT p FROM NotificationPreference p WHERE p.unsubscribeToken = :token", NotificationPreference.class)
                .setParameter("token", token == null ? "" : token).getResultStream().findFirst();
    }
}
