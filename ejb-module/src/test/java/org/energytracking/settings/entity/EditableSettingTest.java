package org.energytracking.settings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.energytracking.kernel.Problem;
import org.junit.jupiter.api.Test;

class EditableSettingTest {

    @Test
    void retentionKeepsAtLeastOneWholeMonth() {
        assertThat(EditableSetting.RETENTION_MONTHS.normalise(" 24 ")).isEqualTo("24");
        assertRefused(EditableSetting.RETENTION_MONTHS, "0", "retention.months", "from 1 to 1200");
        assertRefused(EditableSetting.RETENTION_MONTHS, "1201", "retention.months", "from 1 to 1200");
        assertRefused(EditableSetting.RETENTION_MONTHS, "12.5", "retention.months", "whole number");
    }

    @Test
    void portIsFrom1To65535() {
        assertThat(EditableSetting.SMTP_PORT.normalise("587")).isEqualTo("587");
        assertThat(EditableSetting.SMTP_PORT.normalise("65535")).isEqualTo("65535");
        assertRefused(EditableSetting.SMTP_PORT, "0", "smtp.port", "from 1 to 65535");
        assertRefused(EditableSetting.SMTP_PORT, "65536", "smtp.port", "from 1 to 65535");
        assertRefused(EditableSetting.SMTP_PORT, "smtp", "smtp.port", "'smtp'");
    }

    @Test
    void rateLimitsMayBeTurnedOffWithZeroButNotNegative() {
        assertThat(EditableSetting.RATELIMIT_AUTH.normalise("0")).isEqualTo("0");
        assertThat(EditableSetting.RATELIMIT_USER.normalise("1000000")).isEqualTo("1000000");
        assertRefused(EditableSetting.RATELIMIT_ADDRESS, "-1", "ratelimit.address.per-minute", "from 0 to 1000000");
    }

    @Test
    void mailFromIsOneAddressWithOrWithoutAName() {
        assertThat(EditableSetting.MAIL_FROM.normalise("Energy Ops <ops@example.com>")).isEqualTo("Energy Ops <ops@example.com>");
        assertThat(EditableSetting.MAIL_FROM.normalise("ops@example.com")).isEqualTo("ops@example.com");
        assertRefused(EditableSetting.MAIL_FROM, "not an address", "mail.from", "email address");
        assertRefused(EditableSetting.MAIL_FROM, "a@example.com, b@example.com", "mail.from", "email address");
        assertRefused(EditableSetting.MAIL_FROM, "Ops <ops@>", "mail.from", "email address");
    }

    @Test
    void smsUrlIsAnHttpOrHttpsAddress() {
        assertThat(EditableSetting.NOTIFY_SMS_URL.normalise(" https://api.sms.example/v1/Messages ")).isEqualTo("https://api.sms.example/v1/Messages");
        assertRefused(EditableSetting.NOTIFY_SMS_URL, "ftp://sms.example", "notify.sms.url", "http or https");
        assertRefused(EditableSetting.NOTIFY_SMS_URL, "not a url", "notify.sms.url", "http or https");
        assertThat(EditableSetting.NOTIFY_SMS_TOKEN.secret()).isTrue();
    }

    @Test
    void startTlsIsTrueOrFalse() {
        assertThat(EditableSetting.SMTP_STARTTLS.normalise("TRUE")).isEqualTo("true");
        assertRefused(EditableSetting.SMTP_STARTTLS, "yes", "smtp.starttls", "true or false");
    }

    @Test
    void hostIsANameOrAnAddress() {
        assertThat(EditableSetting.SMTP_HOST.normalise("mail.example.com")).isEqualTo("mail.example.com");
        assertThat(EditableSetting.SMTP_HOST.normalise("[::1]")).isEqualTo("[::1]");
        assertRefused(EditableSetting.SMTP_HOST, "mail example", "smtp.host", "host name");
        assertRefused(EditableSetting.SMTP_HOST, "-mail", "smtp.host", "host name");
    }

    @Test
    void blankRestoresTheDefaultAndSecretsKeepTheirSpaces() {
        assertThat(EditableSetting.MAIL_FROM.normalise("  ")).isNull();
        assertThat(EditableSetting.SMTP_PORT.normalise(null)).isNull();
        assertThat(EditableSetting.SMTP_PASSWORD.normalise(" s3cret ")).isEqualTo(" s3cret ");
        assertThat(EditableSetting.SMTP_PASSWORD.secret()).isTrue();
        assertRefused(EditableSetting.SMTP_USER, "user\nname", "smtp.user", "control characters");
    }

    @Test
    void onlyCatalogNamesAreEditable() {
        assertThat(EditableSetting.named("ratelimit.auth.per-minute")).isEqualTo(EditableSetting.RATELIMIT_AUTH);
        assertThat(EditableSetting.RATELIMIT_AUTH.environmentVariable()).isEqualTo("RATELIMIT_AUTH_PER_MINUTE");
        assertThat(EditableSetting.isEditable("partitions.months-ahead")).isFalse();
        assertThatThrownBy(() -> EditableSetting.named("db.password"))
                .isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.kind()).isEqualTo(Problem.Kind.NOT_FOUND));
    }

    private static void assertRefused(EditableSetting setting, String value, String field, String words) {
        assertThatThrownBy(() -> setting.normalise(value)).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.INVALID);
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.getMessage()).contains(field, words);
        });
    }
}
