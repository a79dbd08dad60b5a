package org.energytracking.notify.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertChanged;
import org.energytracking.identity.entity.User;
import org.energytracking.notify.entity.Channel;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.NotificationPreference;
import org.energytracking.notify.entity.Webhook;

/**
 * Writes an alert change's notifications in the transaction that changed the alert: one per member of the
 * alert's site who may read its alerts, on each channel their preferences take for its severity. If that
 * transaction rolls back (a race another instance won), so do these rows; a repeated event is refused by the
 * unique key (alert, event, channel, recipient).
 */
@Dependent
public class Outbox {

    @PersistenceContext
    EntityManager em;
    @Inject
    Preferences preferences;
    @Inject
    AlertReaders readers;

    private final Clock clock = Clock.systemUTC();

    void onAlertChanged(@Observes AlertChanged changed) {
        Alert alert = em.find(Alert.class, changed.alertId());
        Instant now = clock.instant();
        for (User user : readers.of(alert.siteId())) {
            NotificationPreference preference = preferences.of(user.id(), now);
            Instant due = preference.dueFor(alert.severity(), now, user.zone());
            if (preference.takes(Channel.EMAIL, alert.severity())) {
                em.persist(new Notification(alert.id(), changed.event(), Channel.EMAIL, "user:" + user.id(), due, now));
            }
            if (preference.takes(Channel.WEBHOOK, alert.severity())) {
                em.createNamedQuery(Webhook.OF_USER, Webhook.class).setParameter("userId", user.id()).getResultStream().forEach(webhook ->
                        em.persist(new Notification(alert.id(), changed.event(), Channel.WEBHOOK, "webhook:" + webhook.id(), due, now)));
            }
        }
    }
}
