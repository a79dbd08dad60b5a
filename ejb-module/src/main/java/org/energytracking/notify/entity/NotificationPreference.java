package org.energytracking.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.energytracking.alerts.entity.Severity;
import org.energytracking.identity.entity.Secret;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.UtcInstant;

/** What one user wants to hear, and where; a user who never chose gets {@link #defaults}. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "user_id")
    private long userId;
    @Column(name = "email_min")
    private String emailMin;
    @Column(name = "webhook_min")
    private String webhookMin;
    @Column(name = "sms_min")
    private String smsMin;
    @Column(name = "portal_min")
    private String portalMin;
    private String phone;
    @Column(name = "quiet_from")
    private LocalTime quietFrom;
    @Column(name = "quiet_to")
    private LocalTime quietTo;
    @Column(name = "daily_digest")
    private boolean dailyDigest;
    @Column(name = "digest_at")
    private LocalTime digestAt;
    @Column(name = "unsubscribe_token")
    private String unsubscribeToken;
    @Column(name = "updated_at")
    @Convert(converter = UtcInstant.class)
    private Instant updatedAt;

    protected NotificationPreference() {
    }

    /** Email and the portal for warnings and above, webhooks for everything, no SMS until a phone is given. */
    public static NotificationPreference defaults(long userId, Instant now) {
        NotificationPreference preference = new NotificationPreference();
        preference.userId = userId;
        preference.emailMin = Severity.WARNING.apiName();
        preference.webhookMin = Severity.INFO.apiName();
        preference.portalMin = Severity.INFO.apiName();
        preference.unsubscribeToken = Secret.generate().value();
        preference.updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
        return preference;
    }


    /** Whether an alert of {@code severity} goes out on {@code channel}. */
    public boolean takes(Channel channel, Severity severity) {
        String minimum = switch (channel) {
            case EMAIL -> emailMin;
            case WEBHOOK -> webhookMin;
            case SMS -> phone == null ? null : smsMin;
            case PORTAL -> portalMin;
        };
        return minimum != null && severity.atLeast(Severity.parse(minimum, channel.apiName()));
    }

    /** The user's own choice; a Problem names the first field that is wrong (SMS only where the platform can send it). */
    public void choose(PreferenceChoice choice, boolean smsAvailable, Instant now) {
        if ((choice.quietFrom() == null) != (choice.quietTo() == null)) {
            throw Problem.invalid(choice.quietFrom() == null ? "quiet_from" : "quiet_to", "quiet hours need both quiet_from and quiet_to");
        }
        if (choice.phone() != null && !choice.phone().matches("\\+[1-9][0-9]{6,14}")) {
            throw Problem.invalid("phone", "phone must be in international form, e.g. +4915112345678");
        }
        if (severity(choice.smsMin(), "sms_min") != null) {
            if (!smsAvailable) {
                throw Problem.invalid("sms_min", "this platform sends no SMS (its administrator has not set notify.sms.url)");
            }
            if (choice.phone() == null) {
                throw Problem.invalid("phone", "SMS need a phone number in international form, e.g. +4915112345678");
            }
        }
        emailMin = severity(choice.emailMin(), "email_min");
        webhookMin = severity(choice.webhookMin(), "webhook_min");
        smsMin = severity(choice.smsMin(), "sms_min");
        portalMin = severity(choice.portalMin(), "portal_min");
        phone = choice.phone();
        quietFrom = choice.quietFrom();
        quietTo = choice.quietTo();
        dailyDigest = choice.dailyDigest();
        digestAt = choice.digestAt();
        updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public PreferenceChoice choice() {
        return new PreferenceChoice(emailMin, webhookMin, smsMin, portalMin, phone, quietFrom, quietTo, dailyDigest, digestAt);
    }

    /**
     * When a notification of {@code severity} on {@code channel} due {@code now} may go: critical ones at once;
     * others after quiet hours; emails of a user who takes a daily digest in the next one, and those held
     * through quiet hours in one email when they end.
     */
    public Hold holdFor(Channel channel, Severity severity, Instant now, ZoneId zone) {
        if (severity == Severity.CRITICAL) {
            return new Hold(now, null);
        }
        if (channel == Channel.EMAIL && dailyDigest) {
            return new Hold(new DailyDigest(digestAt == null ? DailyDigest.DEFAULT_TIME : digestAt).next(now, zone), DigestKind.DAILY);
        }
        return (quietFrom == null ? Optional.<Instant>empty() : new QuietHours(quietFrom, quietTo).holdUntil(now, zone))
                .map(end -> new Hold(end, channel == Channel.EMAIL ? DigestKind.QUIET : null)).orElse(new Hold(now, null));
    }

    private static String severity(String name, String field) {
        return name == null || name.isBlank() || "none".equals(name) ? null : Severity.parse(name, field).apiName();
    }

    /** The link in every email: no more alert emails, without signing in. */
    public void unsubscribeFromEmail(Instant now) {
        emailMin = null;
        updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public String phone() {
        return phone;
    }

    public long userId() {
        return userId;
    }

    public boolean dailyDigest() {
        return dailyDigest;
    }
}
