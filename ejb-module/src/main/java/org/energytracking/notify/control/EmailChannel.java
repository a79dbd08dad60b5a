package org.energytracking.notify.control;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.AlertText;
import org.energytracking.identity.control.OneTimeLinks;
import org.energytracking.identity.entity.User;
import org.energytracking.mail.control.Mailer;
import org.energytracking.notify.entity.AlertEmail;
import org.energytracking.notify.entity.Channel;
import org.energytracking.notify.entity.DigestEmail;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.NotificationDigest;
import org.energytracking.notify.entity.NotificationPreference;

/**
 * An alert's notification as an email (plain text and HTML), in the recipient's time zone, or several held ones
 * as one digest; sent outside any transaction. Every email offers one-click unsubscribe (RFC 8058).
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailChannel implements NotificationChannel {

    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    @PersistenceContext
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    OneTimeLinks links;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Notification notification, Instant now) throws IOException {
        User user = user(notification.recipient());
        Alert alert = em.find(Alert.class, notification.alertId());
        if (user == null || alert == null) {
            return;
        }
        AlertText text = alert.text(em.find(AlertRule.class, alert.ruleId()));
        String unsubscribe = unsubscribeLink(user);
        AlertEmail email = new AlertEmail(text.headline(), text.describe(user.zone(), now), alertLink(alert), unsubscribe);
        deliver(user, "notification-" + notification.id(), email.subject(), email.text(), email.html(), unsubscribe);
    }

    /** The digest's members in one email, each as it read when it happened. */
    public void send(NotificationDigest digest, List<Notification> members) throws IOException {
        User user = user(digest.recipient());
        if (user == null || members.isEmpty()) {
            return;
        }
        List<DigestEmail.Line> lines = members.stream().map(member -> line(member, user.zone())).filter(line -> line != null).toList();
        String unsubscribe = unsubscribeLink(user);
        DigestEmail email = new DigestEmail(digest.kind(), lines, unsubscribe);
        deliver(user, "digest-" + digest.id(), email.subject(), email.text(), email.html(), unsubscribe);
    }

    private DigestEmail.Line line(Notification member, ZoneId zone) {
        Alert alert = em.find(Alert.class, member.alertId());
        if (alert == null) {
            return null;
        }
        String words = alert.text(em.find(AlertRule.class, alert.ruleId())).describe(zone, member.createdAt());
        return new DigestEmail.Line(DAY_AND_CLOCK.format(member.createdAt().atZone(zone)), words, alertLink(alert));
    }

    /**
     * The Message-ID is the outbox row's: if the app server dies after the SMTP server took the email and before
     * the row was marked sent, the email goes again once its lease runs out, and mail stores that drop a repeated
     * Message-ID (Gmail, Dovecot's duplicate check) show it once.
     */
    private void deliver(User user, String outboxRow, String subject, String text, String html, String unsubscribe) throws IOException {
        try {
            // RFC 8058: a mail client unsubscribes with one POST to the link, without opening it
            mailer.deliver(user.email(), subject, text, html, Map.of("Message-ID", "<" + outboxRow + "." + URI.create(links.portal()).getHost() + ">",
                    "List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        } catch (MessagingException e) {
            throw new IOException("SMTP: " + e.getMessage(), e);
        }
    }

    private User user(String recipient) {
        return em.find(User.class, Long.parseLong(recipient.substring("user:".length())));
    }

    private String alertLink(Alert alert) {
        return links.portal() + "app/alerts?alert=" + alert.id();
    }

    /** Written with the notification, in the alert's transaction, so it exists. */
    private String unsubscribeLink(User user) {
        return links.portal() + "api/v1/notifications/unsubscribe?token=" + em.find(NotificationPreference.class, user.id()).unsubscribeToken();
    }
}
