package org.energytracking.settings.control;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.stream.Collectors;
import org.energytracking.cluster.entity.Evicted;
import org.energytracking.database.entity.SchemaMigrated;
import org.energytracking.settings.entity.SystemSetting;

/** Stores administrators' values and hands them to {@link DatabaseConfigSource}, each in a transaction of its own. */
@Stateless
public class SettingRows {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** Its name in cache_eviction: a setting changed on another instance is read again here. */
    public static final String CACHE = "settings";

    /** Loads every row into the config source once the schema is migrated. */
    public void load(@Observes @Priority(SchemaMigrated.SETTINGS) SchemaMigrated migrated) {
        reload();
    }

    /** A setting changed on another instance of the group (or this one): every row again. */
    public void onEvicted(@Observes Evicted evicted) {
        if (evicted.of(CACHE)) {
            reload();
        }
    }

    private void reload() {
        DatabaseConfigSource.replace(em.createQuery("SELECT s FROM SystemSetting s", SystemSetting.class).getResultStream()
                .collect(Collectors.toMap(SystemSetting::name, SystemSetting::value)));
    }

    /** Stores the value (null removes the row); the caller updates the config source after the commit. */
    public void store(String name, String value, String by) {
        SystemSetting row = em.find(SystemSetting.class, name);
        if (value == null && row != null) {
            em.remove(row);
        } else if (row != null) {
            row.change(value, clock.instant(), by);
        } else if (value != null) {
            em.persist(new SystemSetting(name, value, clock.instant(), by));
        }
        em.flush();
    }
}
