package org.energytracking.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.energytracking.kernel.Problem;
import org.energytracking.reports.control.ExternalRecipients;
import org.energytracking.reports.entity.ReportRecipient;

/** The link an external address confirms with, without signing in; opening it only checks it (mail scanners open links). */
@Stateless
public class ReportConfirmations {

    @Inject
    ExternalRecipients recipients;

    private final Clock clock = Clock.systemUTC();

    public String check(String token) {
        return known(token).email();
    }

    public String confirm(String token) {
        ReportRecipient recipient = known(token);
        recipient.confirm(clock.instant());
        return recipient.email();
    }

    private ReportRecipient known(String token) {
        return recipients.byToken(token).orElseThrow(() -> Problem.invalid("token", "this confirmation link is not known"));
    }
}
