package org.energytracking.system;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) the platform sends its emails to during the suite. */
final class Mailbox implements AutoCloseable {

    private final GreenMail smtp;

    private Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    static Mailbox onPort(int port) {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Mailbox(smtp);
    }

    /** The SMTP server goes away: the platform's sends are refused until {@link #resume}. */
    void pause() {
        smtp.stop();
    }

    /** The SMTP server answers again on the same port. */
    void resume() {
        smtp.start();
    }

    int port() {
        return smtp.getSmtp().getPort();
    }

    /** Subject and text of the newest email to the address that contains {@code words}, waiting for it. */
    String awaitLatestTo(String address, String words, Duration timeout) {
        List<String> matching = await("an email to " + address + " containing '" + words + "'").atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> messagesTo(address).stream().map(Mailbox::text).filter(text -> text.contains(words)).toList(),
                        texts -> !texts.isEmpty());
        return matching.get(matching.size() - 1);
    }

    List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null
                    && Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** How many emails to the address contain {@code words}. */
    long countTo(String address, String words) {
        return messagesTo(address).stream().map(Mailbox::text).filter(text -> text.contains(words)).count();
    }

    /** Waits until {@code count} emails to the address contain {@code words}. */
    void awaitCountTo(String address, String words, int count, Duration timeout) {
        await(count + " emails to " + address + " containing '" + words + "'").atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> countTo(address, words), found -> found >= count);
    }

    /** The subject and the plain text (the first part of a multipart email). */
    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            String body = content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent()) : String.valueOf(content);
            return message.getSubject() + "\n" + body;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parts of a multipart email sent as attachments. */
    static List<BodyPart> attachments(MimeMessage email) throws Exception {
        Multipart parts = (Multipart) email.getContent();
        List<BodyPart> files = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                files.add(parts.getBodyPart(i));
            }
        }
        return files;
    }

    static byte[] bytes(BodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
