package org.energytracking.metering.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.energytracking.devices.entity.Device;
import org.energytracking.metering.control.Rerolls;
import org.energytracking.metering.entity.StaleRange;

/**
 * Each re-roll in a transaction of its own, so one failing device holds back no other. Its first statement locks
 * the device's rollup_lock row until the commit, so of two app-server instances (or a timer and a rebuild job)
 * re-rolling a device one waits for the other, and its reads then see what the other committed (REPEATABLE READ
 * takes its snapshot at the first plain read, which comes after the lock).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Rollups {

    @PersistenceContext
    EntityManager em;
    @Inject
    Rerolls rerolls;

    /** Devices with stale ranges, those waiting longest first. */
    @SuppressWarnings("unchecked")
    public List<Long> staleDevices(int limit) {
        List<Number> rows = em.createNativeQuery("SELECT device_id FROM rollup_dirty GROUP BY device_id"
                + " ORDER BY MIN(day), device_id LIMIT ?1").setParameter(1, limit).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /**
     * Re-rolls the device's earliest run of consecutive stale days (at most {@code maxDays}) as one
     * span and forgets their marks, except those the writer widened meanwhile (the next round takes
     * them). Answers the number of days rolled.
     */
    @SuppressWarnings("unchecked")
    public int rollEarliest(long deviceRowId, int maxDays) {
        lock(deviceRowId);
        List<Object[]> rows = em.createNativeQuery("SELECT device_id, day, from_ts, to_ts, version FROM rollup_dirty"
                + " WHERE device_id = ?1 ORDER BY day LIMIT ?2").setParameter(1, deviceRowId).setParameter(2, maxDays)
                .getResultList();
        List<StaleRange> run = StaleRange.leadingRun(rows.stream().map(StaleRange::of).toList());
        if (run.isEmpty()) {
            return 0;
        }
        Device device = em.find(Device.class, deviceRowId);
        if (device != null) {
            rerolls.afterNewReadings(device, run.get(0).fromTs(), run.get(run.size() - 1).toTs());
        }
        for (StaleRange range : run) {
            em.createNativeQuery("DELETE FROM rollup_dirty WHERE device_id = ?1 AND day = ?2 AND version = ?3")
                    .setParameter(1, deviceRowId).setParameter(2, range.day()).setParameter(3, range.version())
                    .executeUpdate();
        }
        return run.size();
    }

    /** Rebuilds [from, to) (quarter-aligned) from the readings; false if the device is gone. */
    public boolean rebuild(long deviceRowId, long from, long to) {
        lock(deviceRowId);
        Device device = em.find(Device.class, deviceRowId);
        if (device == null) {
            return false;
        }
        rerolls.reroll(device, from, to);
        return true;
    }

    /** Prices [from, to) again from the stored energy; false if the device is gone. */
    public boolean reprice(long deviceRowId, long from, long to) {
        lock(deviceRowId);
        Device device = em.find(Device.class, deviceRowId);
        if (device == null) {
            return false;
        }
        rerolls.reprice(device, from, to);
        return true;
    }

    private void lock(long deviceRowId) {
        em.createNativeQuery("INSERT INTO rollup_lock (device_id) VALUES (?1) ON DUPLICATE KEY UPDATE device_id = device_id")
                .setParameter(1, deviceRowId).executeUpdate();
    }
}
