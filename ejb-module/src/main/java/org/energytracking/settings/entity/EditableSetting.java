package org.energytracking.settings.entity;

import java.util.Arrays;
import org.eclipse.microprofile.config.Config;
import org.energytracking.kernel.Problem;

/**
 * The settings an administrator may change at runtime, each with the values it accepts. A value is
 * normalised before it is stored; null means "back to the default" (the row goes).
 */
public enum EditableSetting {
    RETENTION_MONTHS("retention.months", ValueKind.WHOLE_NUMBER, 1, 1200),
    SMTP_HOST("smtp.host", ValueKind.HOST, 0, 0),
    SMTP_PORT("smtp.port", ValueKind.WHOLE_NUMBER, 1, 65535),
    SMTP_STARTTLS("smtp.starttls", ValueKind.YES_NO, 0, 0),
    SMTP_USER("smtp.user", ValueKind.TEXT, 0, 0),
    SMTP_PASSWORD("smtp.password", ValueKind.SECRET, 0, 0),
    MAIL_FROM("mail.from", ValueKind.EMAIL_ADDRESS, 0, 0),
    RATELIMIT_ADDRESS("ratelimit.address.per-minute", ValueKind.WHOLE_NUMBER, 0, 1_000_000),
    RATELIMIT_USER("ratelimit.user.per-minute", ValueKind.WHOLE_NUMBER, 0, 1_000_000),
    RATELIMIT_AUTH("ratelimit.auth.per-minute", ValueKind.WHOLE_NUMBER, 0, 1_000_000),
    NOTIFY_SMS_URL("notify.sms.url", ValueKind.HTTP_URL, 0, 0),
    NOTIFY_SMS_ACCOUNT("notify.sms.account", ValueKind.TEXT, 0, 0),
    NOTIFY_SMS_TOKEN("notify.sms.token", ValueKind.SECRET, 0, 0),
    NOTIFY_SMS_FROM("notify.sms.from", ValueKind.TEXT, 0, 0);

    private final String key;
    private final ValueKind kind;
    private final long min;
    private final long max;

    EditableSetting(String key, ValueKind kind, long min, long max) {
        this.key = key;
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    /** The setting of that MicroProfile Config name; 404 for any other name. */
    public static EditableSetting named(String key) {
        return Arrays.stream(values()).filter(setting -> setting.key.equals(key)).findFirst()
                .orElseThrow(() -> Problem.notFound("no editable setting " + key));
    }

    public static boolean isEditable(String key) {
        return Arrays.stream(values()).anyMatch(setting -> setting.key.equals(key));
    }

    /** The value as stored, or null (blank) for the default; 400 naming the setting when it is not acceptable. */
    public String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = kind == ValueKind.SECRET ? value : value.strip();
        if (trimmed.length() > 1000 || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw Problem.invalid(key, key + " must be at most 1000 characters without control characters");
        }
        return kind.normalise(this, trimmed);
    }

    String wholeNumber(String value) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return Long.toString(number);
            }
        } catch (NumberFormatException e) {
            // refused below like an out-of-range number
        }
        throw Problem.invalid(key, key + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    public String key() {
        return key;
    }

    public boolean secret() {
        return kind == ValueKind.SECRET;
    }

    /**
     * The whole number in force, read at use time because administrators change it at runtime. Not
     * through an injected {@code @ConfigProperty Provider<Integer>}: each get() of one leaves a dependent
     * instance behind in Weld until the bean ends, one per message on the ingest path.
     */
    public int wholeNumber(Config config) {
        return config.getValue(key, Integer.class);
    }

    /** The environment variable MicroProfile Config maps the name to (not alphanumeric → _, upper case). */
    public String environmentVariable() {
        return SettingSource.environmentVariable(key);
    }
}
