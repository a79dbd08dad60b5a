package org.energytracking.settings.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingSourceTest {

    private static final Map<String, String> NONE = Map.of();

    @Test
    void theEnvironmentVariableInAnyOfConfigsSpellingsOutranksTheDatabase() {
        assertThat(SettingSource.deploymentOverride("mail.from", Map.of("MAIL_FROM", "x@y.z")::get, NONE::get)).contains("MAIL_FROM");
        assertThat(SettingSource.deploymentOverride("ratelimit.auth.per-minute", Map.of("ratelimit_auth_per_minute", "5")::get, NONE::get))
                .contains("ratelimit_auth_per_minute");
        assertThat(SettingSource.deploymentOverride("smtp.port", Map.of("SMTP_HOST", "h")::get, NONE::get)).isEmpty();
    }

    @Test
    void aSystemPropertyOutranksToo() {
        assertThat(SettingSource.deploymentOverride("smtp.port", NONE::get, Map.of("smtp.port", "2525")::get)).contains("-Dsmtp.port");
    }

    @Test
    void aStateSaysWhereItsValueComesFromAndHidesSecrets() {
        SettingState fromEnvironment = SettingState.of(EditableSetting.SMTP_HOST, "127.0.0.1", true, "SMTP_HOST");
        assertThat(fromEnvironment.source()).isEqualTo(SettingSource.ENVIRONMENT);
        assertThat(fromEnvironment.editable()).isFalse();
        assertThat(fromEnvironment.overriddenBy()).isEqualTo("the environment variable SMTP_HOST");

        SettingState secret = SettingState.of(EditableSetting.SMTP_PASSWORD, "s3cret", true, null);
        assertThat(secret.value()).isNull();
        assertThat(secret.set()).isTrue();
        assertThat(secret.source()).isEqualTo(SettingSource.DATABASE);
        assertThat(SettingState.of(EditableSetting.SMTP_PASSWORD, null, false, null).set()).isFalse();
        assertThat(SettingState.of(EditableSetting.MAIL_FROM, "a@b.c", false, null).source()).isEqualTo(SettingSource.DEFAULT);
    }

    @Test
    void theAuditTellsOldAndNewButNeverASecret() {
        assertThat(SettingState.change(EditableSetting.SMTP_PORT, "25", "587")).isEqualTo("25 -> 587");
        assertThat(SettingState.change(EditableSetting.SMTP_PASSWORD, null, "s3cret")).isEqualTo("changed").doesNotContain("s3cret");
        assertThat(SettingState.change(EditableSetting.SMTP_PASSWORD, "s3cret", null)).isEqualTo("cleared");
    }
}
