package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointsTest {

    @TempDir
    Path dataDir;

    private Endpoints resolve(String... argv) {
        return Endpoints.resolve(Args.parse(argv, Endpoints.FLAGS), dataDir, Map.of());
    }

    @Test
    void defaultsWithoutFileOrFlags() {
        assertThat(resolve()).isEqualTo(new Endpoints("http://127.0.0.1:8080", "tcp://127.0.0.1:1883",
                "jdbc:mariadb://127.0.0.1:3306/energy", "root", "", "admin@energy.local", ""));
    }

    @Test
    void fileOverridesDefaultsAndFlagsOverrideTheFile() throws Exception {
        Files.writeString(dataDir.resolve("endpoints.properties"), """
                http.url=http://127.0.0.1:18080/
                mqtt.url=tcp://127.0.0.1:11883
                db.url=jdbc:mariadb://127.0.0.1:13306/energy
                db.user=energy
                db.password=s3cret
                admin.email=root@site.example
                admin.password=adm1n
                """);
        assertThat(resolve()).isEqualTo(new Endpoints("http://127.0.0.1:18080", "tcp://127.0.0.1:11883",
                "jdbc:mariadb://127.0.0.1:13306/energy", "energy", "s3cret", "root@site.example", "adm1n"));
        Endpoints flagged = resolve("--api", "http://h:1", "--db-user", "other", "--db-password", "");
        assertThat(flagged.httpUrl()).isEqualTo("http://h:1");
        assertThat(flagged.mqttUrl()).isEqualTo("tcp://127.0.0.1:11883");
        assertThat(flagged.dbUser()).isEqualTo("other");
        assertThat(flagged.dbPassword()).isEmpty();
    }

    @Test
    void loginComesFromTheLaunchersFileThenTheEnvironmentThenFlags() throws Exception {
        Files.writeString(dataDir.resolve("endpoints.properties"), "admin.email=a@file\nadmin.password=from-file\n");
        Map<String, String> env = Map.of("ENERGY_EMAIL", "b@env", "ENERGY_PASSWORD", "from-env");
        Args none = Args.parse(new String[0], Endpoints.FLAGS);
        assertThat(Endpoints.resolve(none, dataDir, Map.of()).password()).isEqualTo("from-file");
        Endpoints fromEnv = Endpoints.resolve(none, dataDir, env);
        assertThat(fromEnv.email()).isEqualTo("b@env");
        assertThat(fromEnv.password()).isEqualTo("from-env");
        Endpoints flagged = Endpoints.resolve(Args.parse(new String[] {"--email", "c@flag", "--password", "from-flag"},
                Endpoints.FLAGS), dataDir, env);
        assertThat(flagged.email()).isEqualTo("c@flag");
        assertThat(flagged.password()).isEqualTo("from-flag");
        assertThat(flagged.toString()).doesNotContain("from-flag");
    }

    @Test
    void dataDirComesFromTheEnvironment() {
        assertThat(Endpoints.dataDir(Map.of())).isEqualTo(Path.of("data"));
        assertThat(Endpoints.dataDir(Map.of("DATA_DIR", "/srv/energy"))).isEqualTo(Path.of("/srv/energy"));
    }
}
