package org.energytracking.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's first administrator, which the application creates on its first start from
 * ADMIN_EMAIL and ADMIN_PASSWORD. Without ADMIN_PASSWORD the launcher generates one once and keeps
 * it in DATA_DIR/admin-password (owner-only), so that later starts pass the same one.
 */
record AdminAccount(String email, String password, Optional<Path> passwordFile) {

    static final String FILE = "admin-password";

    static AdminAccount of(LaunchSettings settings) throws IOException {
        if (settings.adminPassword().isPresent()) {
            return new AdminAccount(settings.adminEmail(), settings.adminPassword().get(), Optional.empty());
        }
        Path file = settings.dataDir().resolve(FILE);
        if (!Files.exists(file)) {
            Secrets.writeOwnerOnly(file, Secrets.random() + "\n");
        }
        String password = Files.readString(file).strip();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty: put the administrator's password in it, or set ADMIN_PASSWORD");
        }
        return new AdminAccount(settings.adminEmail(), password, Optional.of(file));
    }

    /** What the app server's process gets in its environment. */
    Map<String, String> environment() {
        return Map.of("ADMIN_EMAIL", email, "ADMIN_PASSWORD", password);
    }

    /** For the banner: where to find the password, never the password itself. */
    String passwordSource() {
        return passwordFile.map(file -> "password in " + file).orElse("password from ADMIN_PASSWORD");
    }
}
