package org.energytracking.notify.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text email through the SMTP server of the SMTP_* settings. Asynchronous: a caller
 * that answers the same whether or not an email went out must also take the same time.
 */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "smtp.host")
    String host;
    @Inject
    @ConfigProperty(name = "smtp.port")
    int port;
    @Inject
    @ConfigProperty(name = "smtp.user")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "smtp.starttls")
    boolean startTls;
    @Inject
    @ConfigProperty(name = "mail.from")
    String from;

    @Asynchronous
    public void send(String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
            LOG.log(Level.INFO, "Sent \"{0}\" to {1}", new Object[] {subject, to});
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send \"{0}\" to {1} through {2}:{3}: {4}",
                    new Object[] {subject, to, host, Integer.toString(port), e.getMessage()});
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        if (user.isPresent() && !user.get().isBlank()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
