package org.energytracking.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.energytracking.ingest.control.ReadingPartitions;
import org.energytracking.settings.control.SettingRows;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date (Flyway, db/migration) and the reading partitions in place before
 * the application takes traffic, with the administrators' settings loaded into Config first (a
 * stored retention must not be overruled by the default). Waits for a database that is still starting.
 */
@Singleton
@Startup
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    private static final int ATTEMPTS = 60;

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;
    @Inject
    ReadingPartitions partitions;
    @Inject
    SettingRows settings;

    private volatile boolean ready;

    @PostConstruct
    void migrate() {
        for (int attempt = 1; ; attempt++) {
            try {
                Flyway.configure(DatabaseStartup.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                settings.load();
                partitions.maintain();
                ready = true;
                return;
            } catch (RuntimeException | SQLException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("database schema could not be brought up to date", e);
                }
                LOG.log(Level.WARNING, "Database not ready (attempt {0} of {1}): {2}", new Object[] {attempt, ATTEMPTS, e.getMessage()});
                sleepSeconds(2);
            }
        }
    }

    public boolean isReady() {
        return ready;
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
