package org.energytracking.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.energytracking.kernel.Problem;
import org.energytracking.reports.control.ExternalRecipients;
import org.energytracking.reports.entity.ReportRecipient;

/**
 * The link an external address confirms with, without signing in; opening it only checks it (mail scanners open
 * links). A link not used within {@code reports.confirm-link-valid-for} expires; its page can have a new one sent
 * to the same address (and only there, so the page cannot be used to mail anyone else).
 */
@Stateless
public class ReportConfirmations {

    /** What a link's page shows: the address, and whether the link has expired (then it offers a new one). */
    public record Link(String email, boolean expired, Instant expiresAt) {
    }

    @Inject
    ExternalRecipients recipients;

    private final Clock clock = Clock.systemUTC();

    public Link check(String token) {
        ReportRecipient recipient = known(token);
        Instant now = clock.instant();
        return new Link(recipient.email(), recipient.linkExpired(now, recipients.validFor()),
                recipient.linkSentAt().plus(recipients.validFor()));
    }

    /** Confirms unless the link expired (then the answer says so and nothing is confirmed). */
    public Link confirm(String token) {
        Link link = check(token);
        if (!link.expired()) {
            known(token).confirm(clock.instant());
        }
        return link;
    }

    /** A new link to the address of an expired one; answers the address. */
    public String sendAgain(String token) {
        ReportRecipient recipient = known(token);
        if (!recipient.linkExpired(clock.instant(), recipients.validFor())) {
            throw Problem.invalid("token", "this confirmation link still works");
        }
        recipients.sendAgain(recipient, clock.instant());
        return recipient.email();
    }

    private ReportRecipient known(String token) {
        return recipients.byToken(token).orElseThrow(() -> Problem.invalid("token", "this confirmation link is not known"));
    }
}
