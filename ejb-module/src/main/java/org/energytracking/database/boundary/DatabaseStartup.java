package org.energytracking.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.energytracking.database.entity.SchemaMigrated;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date (Flyway, db/migration) before the application takes traffic, then lets
 * the features prepare theirs ({@link SchemaMigrated}: stored settings into Config, reading partitions).
 * Waits for a database that is still starting.
 */
@Singleton
@Startup
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    private static final int ATTEMPTS = 60;

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;
    @Inject
    Event<SchemaMigrated> migrated;

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
                migrated.fire(new SchemaMigrated());
                ready = true;
                return;
            } catch (RuntimeException e) {
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
