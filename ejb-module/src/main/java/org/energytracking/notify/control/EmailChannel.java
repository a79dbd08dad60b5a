package org.energytracking.notify.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.AlertText;
import org.energytracking.identity.control.OneTimeLinks;
import org.energytracking.identity.entity.User;
import org.energytracking.mail.control.Mailer;
import org.energytracking.notify.entity.AlertEmail;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.NotificationPreference;

/** An alert's notification as an email (plain text and HTML), in the recipient's time zone; sent outside any transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailChannel {

    @PersistenceContext
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    OneTimeLinks links;

    public void send(Notification notification, Instant now) throws MessagingException {
        User user = em.find(User.class, Long.parseLong(notification.recipient().substring("user:".length())));
        Alert alert = em.find(Alert.class, notification.alertId());
        if (user == null || alert == null) {
            return;
        }
        AlertText text = alert.text(em.find(AlertRule.class, alert.ruleId()));
        String portal = links.portal();
        // written with the notification, in the alert's transaction
        NotificationPreference preference = em.find(NotificationPreference.class, user.id());
        AlertEmail email = new AlertEmail(text.headline(), text.describe(user.zone(), now),
                portal + "app/alerts?alert=" + alert.id(),
                portal + "api/v1/notifications/unsubscribe?token=" + preference.unsubscribeToken());
        mailer.deliver(user.email(), email.subject(), email.text(), email.html());
    }
}
