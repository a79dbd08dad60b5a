package org.energytracking.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeploymentSettingTest {

    @Test
    void environmentVariableFollowsMicroProfileConfigsMapping() {
        assertThat(DeploymentSetting.environmentVariable("retention.months")).isEqualTo("RETENTION_MONTHS");
        assertThat(DeploymentSetting.environmentVariable("ratelimit.address.per-minute")).isEqualTo("RATELIMIT_ADDRESS_PER_MINUTE");
        assertThat(DeploymentSetting.environmentVariable("partitions.months-ahead")).isEqualTo("PARTITIONS_MONTHS_AHEAD");
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
