package org.energytracking.reports.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportLinksTest {

    private static final Instant SENT = Instant.parse("2026-12-01T06:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void aConfirmationLinkExpiresAWeekAfterItWasSentAndANewOneStartsAgain() {
        ReportRecipient recipient = new ReportRecipient(1, "landlord@example.org", "a".repeat(64), SENT);
        assertThat(recipient.linkExpired(SENT.plus(WEEK).minusMillis(1), WEEK)).isFalse();
        assertThat(recipient.linkExpired(SENT.plus(WEEK), WEEK)).isTrue();
        recipient.newLink("b".repeat(64), SENT.plus(WEEK));
        assertThat(recipient.linkExpired(SENT.plus(WEEK).plus(Duration.ofDays(6)), WEEK)).isFalse();
    }

    @Test
    void aConfirmedAddressNeverExpires() {
        ReportRecipient recipient = new ReportRecipient(1, "landlord@example.org", "a".repeat(64), SENT);
        recipient.confirm(SENT.plusSeconds(60));
        assertThat(recipient.linkExpired(SENT.plus(Duration.ofDays(400)), WEEK)).isFalse();
    }

    @Test
    void anEmailsDownloadLinksWorkUntilTheirTimeAndNotWithoutOne() {
        ReportEmail email = new ReportEmail(7, "landlord@example.org", SENT);
        assertThat(email.downloadable(SENT)).as("attached, no links").isFalse();
        email.linkFiles("c".repeat(64), SENT.plus(Duration.ofDays(30)));
        assertThat(email.downloadable(SENT.plus(Duration.ofDays(30)).minusMillis(1))).isTrue();
        assertThat(email.downloadable(SENT.plus(Duration.ofDays(30)))).isFalse();
    }
}
