package org.energytracking.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    int port() {
        return smtp.getSmtp().getPort();
    }

    /** The text of the newest email to the address, waiting for it. */
    Optional<String> awaitLatestTo(String address, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mine = messagesTo(address);
            if (!mine.isEmpty()) {
                return Optional.of(text(mine.get(mine.size() - 1)));
            }
            Thread.sleep(100);
        }
        return Optional.empty();
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

    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
