package org.energytracking.notify.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertChanged;
import org.energytracking.identity.entity.User;
import org.energytracking.notify.entity.Channel;
import org.energytracking.notify.entity.Hold;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.NotificationPreference;
import org.energytracking.notify.entity.Webhook;

/**
 * Writes an alert change's notifications in the transaction that changed the alert: one per member of the
 * alert's site who may read its alerts, on each channel their preferences take for its severity. If that
 * transaction rolls back (a race another instance won), so do these rows; a repeated event is refused by the
 * unique key (alert, event, channel, recipient). Emails held through quiet hours or for a daily digest are marked
 * to go in one email with the others due then.
 */
@Dependent
public class Outbox {

    @PersistenceContext
    EntityManager em;
    @Inject
    Preferences preferences;
    @Inject
    SmsChannel sms;
    @Inject
    AlertReaders readers;

    /** The channels of outbox rows; the portal shows alerts live, not from the outbox. */
    private static final List<Channel> SENT = List.of(Channel.EMAIL, Channel.SMS, Channel.WEBHOOK);

    private final Clock clock = Clock.systemUTC();

    void onAlertChanged(@Observes AlertChanged changed) {
        Alert alert = em.find(Alert.class, changed.alertId());
        Instant now = clock.instant();
        for (User user : readers.of(alert.siteId())) {
            NotificationPreference preference = preferences.of(user.id(), now);
            for (Channel channel : SENT) {
                // an SMS preference chosen while the platform could send them is kept after an administrator stops them
                if (preference.takes(channel, alert.severity()) && (channel != Channel.SMS || sms.available())) {
                    Hold hold = preference.holdFor(channel, alert.severity(), now, user.zone());
                    recipients(channel, user).forEach(recipient ->
                            em.persist(new Notification(alert.id(), changed.event(), channel, recipient, hold, now)));
                }
            }
        }
    }

    private List<String> recipients(Channel channel, User user) {
        return channel != Channel.WEBHOOK ? List.of("user:" + user.id())
                : em.createNamedQuery(Webhook.OF_USER, Webhook.class).setParameter("userId", user.id()).getResultStream()
                        .map(webhook -> "webhook:" + webhook.id()).toList();
    }

}
