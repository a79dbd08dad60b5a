package org.energytracking.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.energytracking.settings.entity.SettingSource;
import org.junit.jupiter.api.Test;

class DeploymentSettingTest {

    @Test
    void environmentVariableFollowsMicroProfileConfigsMapping() {
        assertThat(SettingSource.environmentVariable("retention.months")).isEqualTo("RETENTION_MONTHS");
        assertThat(SettingSource.environmentVariable("ratelimit.address.per-minute")).isEqualTo("RATELIMIT_ADDRESS_PER_MINUTE");
        assertThat(SettingSource.environmentVariable("partitions.months-ahead")).isEqualTo("PARTITIONS_MONTHS_AHEAD");
    }

    @Test
    void passwordsAndSecretsAreNeverShown() {
        assertThat(DeploymentSetting.isSecret("smtp.password")).isTrue();
        assertThat(DeploymentSetting.isSecret("auth.signing-key")).isTrue();
        assertThat(DeploymentSetting.isSecret("smtp.user")).isFalse();
        assertThat(DeploymentSetting.isSecret("ratelimit.max-keys")).isFalse();
        assertThat(DeploymentSetting.SHOWN).noneMatch(DeploymentSetting::isSecret);
    }
}
