package org.energytracking.notify.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.AlertText;
import org.energytracking.identity.entity.User;
import org.energytracking.mail.control.Mailer;
import org.energytracking.notify.entity.AlertEmail;
import org.energytracking.notify.entity.Notification;

/** An alert's notification as an email (plain text and HTML), in the recipient's time zone. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EmailChannel {

    @PersistenceContext
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    Preferences preferences;
    @Inject
    @ConfigProperty(name = "public.url")
    String publicUrl;

    public void send(Notification notification, Instant now) throws MessagingException {
        User user = em.find(User.class, Long.parseLong(notification.recipient().substring("user:".length())));
        Alert alert = em.find(Alert.class, notification.alertId());
        if (user == null || alert == null) {
            return;
        }
        AlertText text = alert.text(em.find(AlertRule.class, alert.ruleId()));
        String portal = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        AlertEmail email = new AlertEmail(text.headline(), text.describe(user.zone(), now),
                portal + "app/alerts?alert=" + alert.id(),
                portal + "api/v1/notifications/unsubscribe?token=" + preferences.of(user.id(), now).unsubscribeToken());
        mailer.deliver(user.email(), email.subject(), email.text(), email.html());
    }
}
