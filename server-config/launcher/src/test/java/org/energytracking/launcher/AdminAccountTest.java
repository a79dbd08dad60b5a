package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminAccountTest {

    @Test
    void generatedPasswordIsKeptAcrossStarts(@TempDir Path data) throws Exception {
        LaunchSettings settings = LaunchSettings.from(Map.of("DATA_DIR", data.toString()));
        AdminAccount first = AdminAccount.of(settings);
        AdminAccount second = AdminAccount.of(settings);
        assertThat(first.email()).isEqualTo("admin@energy.local");
        assertThat(first.password()).hasSize(32).isEqualTo(second.password());
        assertThat(first.passwordFile()).contains(data.resolve("admin-password"));
        assertThat(first.passwordSource()).contains(data.resolve("admin-password").toString()).doesNotContain(first.password());
        assertThat(first.environment()).containsEntry("ADMIN_EMAIL", "admin@energy.local")
                .containsEntry("ADMIN_PASSWORD", first.password());
    }

    @Test
    void passwordFromTheEnvironmentIsNeitherWrittenNorShown(@TempDir Path data) throws Exception {
        AdminAccount admin = AdminAccount.of(LaunchSettings.from(Map.of("DATA_DIR", data.toString(),
                "ADMIN_EMAIL", "ops@example.org", "ADMIN_PASSWORD", "from-env")));
        assertThat(admin.password()).isEqualTo("from-env");
        assertThat(data.resolve("admin-password")).doesNotExist();
        assertThat(admin.passwordSource()).isEqualTo("password from ADMIN_PASSWORD");
    }

    @Test
    void endpointsFileCarriesTheAdminLoginForTheSimulatorAndTests(@TempDir Path data) throws Exception {
        LaunchSettings settings = LaunchSettings.from(Map.of("DATA_DIR", data.toString(), "ADMIN_PASSWORD", "p\\w:=d"));
        Endpoints endpoints = Endpoints.of(settings, DatabaseUrl.of("jdbc:mariadb://127.0.0.1:3306/energy"),
                AdminAccount.of(settings));
        Path file = data.resolve("endpoints.properties");
        endpoints.writeTo(file, 42);
        Properties read = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            read.load(in);
        }
        assertThat(read.getProperty("admin.email")).isEqualTo("admin@energy.local");
        assertThat(read.getProperty("admin.password")).isEqualTo("p\\w:=d");
        assertThat(read.getProperty("payara.pid")).isEqualTo("42");
        assertThat(endpoints.banner(Duration.ofSeconds(3), Path.of("server.log")))
                .contains("Admin     admin@energy.local   (password from ADMIN_PASSWORD)").doesNotContain("p\\w:=d");
    }
}
