package org.energytracking.cluster.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.cluster.entity.Evicted;
import org.energytracking.cluster.entity.FreshRows;
import org.energytracking.cluster.entity.PollWindow;

/**
 * Asks the database every {@code cluster.cache-poll-millis} for the cache entries changed since it last asked (on
 * any instance, {@link Evictions}) and fires an {@link Evicted} for each, which the caches observe. Rows older than
 * an hour are deleted now and then.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EvictionFeed {

    private static final Logger LOG = Logger.getLogger(EvictionFeed.class.getName());
    /** Covers an eviction committed a little after it was stamped. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);
    private static final long CLEAN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final String SINCE = "SELECT id, cache, item FROM cache_eviction WHERE at >= UTC_TIMESTAMP(3) - INTERVAL ? SECOND";

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Event<Evicted> evicted;
    @Inject
    @ConfigProperty(name = "cluster.cache-poll-millis")
    long pollMillis;

    private final PollWindow window = new PollWindow(OVERLAP);
    private ScheduledFuture<?> polling;
    private long cleanedAt = System.nanoTime();
    private final FreshRows<Evicted> fresh = new FreshRows<>();

    @PostConstruct
    void start() {
        // what was changed before this start is in no cache here yet
        window.answered(System.nanoTime());
        polling = scheduler.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        polling.cancel(false);
    }

    private void poll() {
        long start = System.nanoTime();
        Map<Long, Evicted> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(SINCE)) {
                select.setLong(1, window.lookBack(start).plusMillis(999).toSeconds());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.put(row.getLong(1), new Evicted(row.getString(2), row.getString(3)));
                    }
                }
            }
            if (start - cleanedAt > CLEAN_EVERY_NANOS) {
                try (PreparedStatement clean = connection.prepareStatement("DELETE FROM cache_eviction WHERE at < UTC_TIMESTAMP(3) - INTERVAL 1 HOUR")) {
                    clean.executeUpdate();
                }
                cleanedAt = start;
            }
            window.answered(start);
        } catch (SQLException | RuntimeException e) {
            // the next poll looks back further; an exception escaping would end the polling for good
            LOG.log(Level.FINE, "Cache evictions not polled: {0}", e.toString());
            return;
        }
        fresh.of(rows).forEach(this::fire);
    }

    private void fire(Evicted entry) {
        try {
            evicted.fire(entry);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not forget {0} {1}: {2}", new Object[] {entry.cache(), entry.item(), e.toString()});
        }
    }
}
