package org.energytracking.mail.control;

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
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import jakarta.mail.Part;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Sends plain-text email through the SMTP server of the SMTP_* settings. Asynchronous: a caller
 * that answers the same whether or not an email went out must also take the same time.
 */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static volatile Map.Entry<Smtp, Session> session;

    @Inject
    Config config;

    /** The SMTP_* settings as they are now: administrators change them at runtime (SystemSettings). */
    record Smtp(String host, int port, boolean startTls, Optional<String> user, Optional<String> password, String from) {
        static Smtp of(Config config) {
            return new Smtp(config.getValue("smtp.host", String.class), config.getValue("smtp.port", Integer.class),
                    config.getValue("smtp.starttls", Boolean.class), config.getOptionalValue("smtp.user", String.class),
                    config.getOptionalValue("smtp.password", String.class), config.getValue("mail.from", String.class));
        }
    }

    /** Sends in the background and logs a failure: for mails whose loss the user can redo (a reset link). */
    @Asynchronous
    public void send(String to, String subject, String text) {
        try {
            deliver(to, subject, text, null);
        } catch (MessagingException e) {
            Smtp smtp = Smtp.of(config);
            LOG.log(Level.WARNING, "Could not send \"{0}\" to {1} through {2}:{3}: {4}",
                    new Object[] {subject, to, smtp.host(), Integer.toString(smtp.port()), e.getMessage()});
        }
    }

    /** Sends now, plain text and (when given) HTML as alternatives; throws when the server does not take it. */
    public void deliver(String to, String subject, String text, String html) throws MessagingException {
        deliver(to, subject, text, html, Map.of());
    }

    /** A file sent along. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Sends now with extra header fields (List-Unsubscribe, ...); throws when the server does not take it. */
    public void deliver(String to, String subject, String text, String html, Map<String, String> headers) throws MessagingException {
        deliver(to, subject, text, html, headers, List.of());
    }

    /** Sends now with header fields and files; throws when the server does not take it. */
    public void deliver(String to, String subject, String text, String html, Map<String, String> headers,
                        List<Attachment> attachments) throws MessagingException {
        Smtp smtp = Smtp.of(config);
        MimeMessage message = new MimeMessage(session(smtp)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                if (getHeader("Message-ID") == null) { // a caller's own Message-ID stays
                    super.updateMessageID();
                }
            }
        };
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (attachments.isEmpty()) {
            body(message, text, html);
        } else {
            MimeBodyPart words = new MimeBodyPart();
            body(words, text, html);
            MimeMultipart mixed = new MimeMultipart("mixed", words);
            for (Attachment attachment : attachments) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(attachment.fileName());
                file.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(file);
            }
            message.setContent(mixed);
        }
        Transport.send(message);
        LOG.log(Level.INFO, "Sent \"{0}\" to {1}", new Object[] {subject, to});
    }

    private static void body(MimePart part, String text, String html) throws MessagingException {
        if (html == null) {
            part.setText(text, "UTF-8");
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            part.setContent(new MimeMultipart("alternative", plain, rich));
        }
    }

    /**
     * The session of the settings as they are, made again only when they change: a new Session reads the mail
     * providers' resource files through every class loader of the server, ~10 % of the app server's CPU while
     * the report benchmark emailed (a JFR profile, docs/notes/issue-16.md). A Session is safe to share.
     */
    private static Session session(Smtp smtp) {
        Map.Entry<Smtp, Session> cached = session;
        if (cached == null || !cached.getKey().equals(smtp)) {
            cached = Map.entry(smtp, newSession(smtp));
            session = cached;
        }
        return cached.getValue();
    }

    private static Session newSession(Smtp smtp) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        if (smtp.user().isPresent() && !smtp.user().get().isBlank()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(smtp.user().get(), smtp.password().orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
