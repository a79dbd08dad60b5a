package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    // SHA-256 of "secret", as the application stores it in device.mqtt_secret_hash
    private static final String SECRET_HASH = "2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b";

    @Test
    void passwordMatchesItsSha256HexHashInEitherCase() {
        assertThat(Secrets.sha256Hex("secret")).isEqualTo(SECRET_HASH);
        assertThat(Secrets.matchesHash("secret", SECRET_HASH)).isTrue();
        assertThat(Secrets.matchesHash("secret", SECRET_HASH.toUpperCase())).isTrue();
    }

    @Test
    void wrongMissingOrUnhashedPasswordDoesNotMatch() {
        assertThat(Secrets.matchesHash("Secret", SECRET_HASH)).isFalse();
        assertThat(Secrets.matchesHash(null, SECRET_HASH)).isFalse();
        assertThat(Secrets.matchesHash("secret", null)).isFalse();
        assertThat(Secrets.matchesHash(SECRET_HASH, SECRET_HASH)).isFalse();
        assertThat(Secrets.matchesHash("", "0".repeat(64))).isFalse();
    }

    @Test
    void generatedPasswordsDifferAndNeedNoEscaping() {
        String one = Secrets.random();
        assertThat(one).hasSize(32).matches("[A-Za-z0-9_-]+").isNotEqualTo(Secrets.random());
    }

    @Test
    void secretFileIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("admin-password");
        Secrets.writeOwnerOnly(file, "first");
        Secrets.writeOwnerOnly(file, "second");
        assertThat(Files.readString(file)).isEqualTo("second");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(dir.resolve("admin-password.next")).doesNotExist();
    }
}
