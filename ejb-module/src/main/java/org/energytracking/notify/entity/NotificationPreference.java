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

    /** The user's own choice; a Problem names the first field that is wrong. */
    public void choose(PreferenceChoice choice, Instant now) {
        if ((choice.quietFrom() == null) != (choice.quietTo() == null)) {
            throw Problem.invalid(choice.quietFrom() == null ? "quiet_from" : "quiet_to", "quiet hours need both quiet_from and quiet_to");
        }
        if (choice.phone() != null && !choice.phone().matches("\\+[1-9][0-9]{6,14}")) {
            throw Problem.invalid("phone", "phone must be in international form, e.g. +4915112345678");
        }
        if (choice.dailyDigest()) {
            throw Problem.invalid("daily_digest", "a daily digest is not available yet");
        }
        emailMin = severity(choice.emailMin(), "email_min");
        webhookMin = severity(choice.webhookMin(), "webhook_min");
        smsMin = severity(choice.smsMin(), "sms_min");
        portalMin = severity(choice.portalMin(), "portal_min");
        phone = choice.phone();
        quietFrom = choice.quietFrom();
        quietTo = choice.quietTo();
        updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public PreferenceChoice choice() {
        return new PreferenceChoice(emailMin, webhookMin, smsMin, portalMin, phone, quietFrom, quietTo, dailyDigest);
    }

    /** When a notification of {@code severity} due {@code now} may go: critical ones at once, others after quiet hours. */
    public Instant dueFor(Severity severity, Instant now, ZoneId zone) {
        if (severity == Severity.CRITICAL || quietFrom == null) {
            return now;
        }
        return new QuietHours(quietFrom, quietTo).holdUntil(now, zone).orElse(now);
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

    public long userId() {
        return userId;
    }

    public boolean dailyDigest() {
        return dailyDigest;
    }
}
