package org.energytracking.notify.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.energytracking.alerts.entity.Severity;
import org.energytracking.kernel.Problem;
import org.junit.jupiter.api.Test;

/** Which notifications wait, until when, and which of them go together in one email. */
class HoldTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NIGHT = Instant.parse("2026-12-04T23:30:00Z");
    private static final Instant SEVEN = Instant.parse("2026-12-05T06:00:00Z");

    private static NotificationPreference with(boolean dailyDigest, LocalTime digestAt) {
        NotificationPreference preference = NotificationPreference.defaults(1, NIGHT);
        preference.choose(new PreferenceChoice("info", "info", "info", "info", "+4915112345678", LocalTime.of(22, 0), LocalTime.of(7, 0),
                dailyDigest, digestAt), true, NIGHT);
        return preference;
    }

    @Test
    void duringQuietHoursEmailsWaitForOneDigestAndOtherChannelsWaitAlone() {
        NotificationPreference quiet = with(false, null);
        assertThat(quiet.holdFor(Channel.EMAIL, Severity.WARNING, NIGHT, BERLIN)).isEqualTo(new Hold(SEVEN, DigestKind.QUIET));
        assertThat(quiet.holdFor(Channel.SMS, Severity.WARNING, NIGHT, BERLIN)).isEqualTo(new Hold(SEVEN, null));
        assertThat(quiet.holdFor(Channel.WEBHOOK, Severity.INFO, NIGHT, BERLIN)).isEqualTo(new Hold(SEVEN, null));
    }

    @Test
    void criticalAlertsGoAtOnceWhateverTheUserChose() {
        assertThat(with(true, null).holdFor(Channel.EMAIL, Severity.CRITICAL, NIGHT, BERLIN)).isEqualTo(new Hold(NIGHT, null));
        assertThat(with(false, null).holdFor(Channel.SMS, Severity.CRITICAL, NIGHT, BERLIN)).isEqualTo(new Hold(NIGHT, null));
    }

    @Test
    void aDailyDigestTakesTheEmailsAtItsTimeAndLeavesTheOtherChannelsToQuietHours() {
        NotificationPreference daily = with(true, LocalTime.of(8, 30));
        Instant noon = Instant.parse("2026-12-05T11:00:00Z");
        assertThat(daily.holdFor(Channel.EMAIL, Severity.INFO, noon, BERLIN)).isEqualTo(new Hold(Instant.parse("2026-12-06T07:30:00Z"), DigestKind.DAILY));
        assertThat(daily.holdFor(Channel.WEBHOOK, Severity.INFO, noon, BERLIN)).isEqualTo(new Hold(noon, null));
        assertThat(with(true, null).holdFor(Channel.EMAIL, Severity.INFO, NIGHT, BERLIN)).as("07:00 by default").isEqualTo(new Hold(SEVEN, DigestKind.DAILY));
    }

    @Test
    void smsNeedAProviderAndAPhone() {
        NotificationPreference preference = NotificationPreference.defaults(1, NIGHT);
        PreferenceChoice sms = new PreferenceChoice("warning", null, "warning", null, "+4915112345678", null, null, false, null);
        assertThatThrownBy(() -> preference.choose(sms, false, NIGHT)).isInstanceOf(Problem.class).hasMessageContaining("notify.sms.url");
        PreferenceChoice noPhone = new PreferenceChoice("warning", null, "warning", null, null, null, null, false, null);
        assertThatThrownBy(() -> preference.choose(noPhone, true, NIGHT)).isInstanceOf(Problem.class).hasMessageContaining("phone");
        preference.choose(sms, true, NIGHT);
        assertThat(preference.takes(Channel.SMS, Severity.CRITICAL)).isTrue();
        assertThat(preference.takes(Channel.SMS, Severity.INFO)).isFalse();
    }
}
