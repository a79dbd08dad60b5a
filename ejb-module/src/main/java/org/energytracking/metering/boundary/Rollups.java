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

/** Each re-roll in a transaction of its own, so one failing device holds back no other. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Rollups {

    @PersistenceContext
    EntityManager em;
    @Inject
    Rerolls rerolls;

    @SuppressWarnings("unchecked")
    public List<StaleRange> stale(int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT device_id, day, from_ts, to_ts, version FROM rollup_dirty"
                + " ORDER BY day, device_id LIMIT ?1").setParameter(1, limit).getResultList();
        return rows.stream().map(StaleRange::of).toList();
    }

    /** Re-rolls a stale range and forgets it, unless the writer widened it meanwhile (then the next round takes it). */
    public void roll(StaleRange range) {
        Device device = em.find(Device.class, range.deviceRowId());
        if (device != null) {
            rerolls.afterNewReadings(device, range.fromTs(), range.toTs());
        }
        em.createNativeQuery("DELETE FROM rollup_dirty WHERE device_id = ?1 AND day = ?2 AND version = ?3")
                .setParameter(1, range.deviceRowId()).setParameter(2, range.day()).setParameter(3, range.version())
                .executeUpdate();
    }

    /** Rebuilds [from, to) (quarter-aligned) from the readings; false if the device is gone. */
    public boolean rebuild(long deviceRowId, long from, long to) {
        Device device = em.find(Device.class, deviceRowId);
        if (device == null) {
            return false;
        }
        rerolls.reroll(device, from, to);
        return true;
    }

    /** Prices [from, to) again from the stored energy; false if the device is gone. */
    public boolean reprice(long deviceRowId, long from, long to) {
        Device device = em.find(Device.class, deviceRowId);
        if (device == null) {
            return false;
        }
        rerolls.reprice(device, from, to);
        return true;
    }
}
