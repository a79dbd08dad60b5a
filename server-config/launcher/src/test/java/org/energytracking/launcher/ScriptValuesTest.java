package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScriptValuesTest {

    @Test
    void databaseUrlGetsMysqlMetadataForJbatchAndNamesItsDatabase() {
        DatabaseUrl url = DatabaseUrl.of("jdbc:mariadb://db.lan:3306/energy");
        assertThat(url.url()).isEqualTo("jdbc:mariadb://db.lan:3306/energy?useMysqlMetadata=true");
        assertThat(url.databaseName()).isEqualTo("energy");
        assertThat(url.serverUrl()).isEqualTo("jdbc:mariadb://db.lan:3306/");
        assertThatThrownBy(() -> DatabaseUrl.of("jdbc:postgresql://x/energy")).hasMessageContaining("DB_URL");
    }

    @Test
    void accountWithoutPasswordGoesIntoTheUrl() {
        Map<String, String> values = ScriptValues.of(LaunchSettings.from(Map.of("DB_USER", "energy")),
                DatabaseUrl.of("jdbc:mariadb://127.0.0.1:3306/energy"), Path.of("/opt/energy"), Optional.empty());
        assertThat(values.get("DB_URL")).isEqualTo("jdbc\\:mariadb\\://127.0.0.1\\:3306/energy?useMysqlMetadata\\=true&user\\=energy");
        assertThat(values.get("DB_CREDENTIALS")).isEmpty();
        assertThat(values.get("EAR")).isEqualTo("/opt/energy/deploy/energy.ear");
    }

    @Test
    void passwordIsAnEscapedPoolProperty() {
        Map<String, String> values = ScriptValues.of(LaunchSettings.from(Map.of("DB_USER", "energy", "DB_PASSWORD", "s3:cr=t")),
                DatabaseUrl.of("jdbc:mariadb://127.0.0.1:3306/energy"), Path.of("/opt/energy"), Optional.empty());
        assertThat(values.get("DB_CREDENTIALS")).isEqualTo(":user=energy:password=s3\\:cr\\=t");
        assertThat(values.get("BROKER_PARAMS")).isEqualTo("host\\=127.0.0.1;port\\=8061");
    }

    @Test
    void brokerAccountBecomesTheResourceAdaptersDefaultLogin() {
        Map<String, String> values = ScriptValues.of(LaunchSettings.from(Map.of()),
                DatabaseUrl.of("jdbc:mariadb://127.0.0.1:3306/energy"), Path.of("/opt/energy"),
                Optional.of(new BrokerAccount("energy.platform", "pa:ss=word")));
        assertThat(values.get("BROKER_CREDENTIALS")).isEqualTo(":UserName=energy.platform:Password=pa\\:ss\\=word");
    }

    @Test
    void embeddedBrokerGetsAFreshPlatformPasswordExternalOneTheConfiguredAccount() {
        BrokerAccount embedded = BrokerAccount.of(LaunchSettings.from(Map.of())).orElseThrow();
        assertThat(embedded.user()).isEqualTo(BrokerSecurity.PLATFORM_USER);
        assertThat(embedded.password()).hasSize(32).isNotEqualTo(BrokerAccount.of(LaunchSettings.from(Map.of())).orElseThrow().password());
        assertThat(embedded.toString()).doesNotContain(embedded.password());
        assertThat(BrokerAccount.of(LaunchSettings.from(Map.of("BROKER_URL", "tcp://b:61616")))).isEmpty();
        assertThat(BrokerAccount.of(LaunchSettings.from(Map.of("BROKER_URL", "tcp://b:61616", "BROKER_USER", "app",
                "BROKER_PASSWORD", "pw")))).contains(new BrokerAccount("app", "pw"));
    }
}
