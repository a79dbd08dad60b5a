package org.energytracking.anomalies.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.energytracking.anomalies.entity.HourVerdict;

/** A device's complete hourly rollups, and the hours found unusual (left out of later baselines), in the caller's transaction. */
@Dependent
public class HourFlags {

    /** An hour is complete when all of its 3,600,000 ms have known energy. */
    static final int HOUR_MS = 3_600_000;

    @PersistenceContext
    EntityManager em;

    /** Complete hours whose start is in [from, to): start → Wh. */
    public Map<Long, Double> completeHours(long deviceRowId, long from, long to) {
        Map<Long, Double> hours = new TreeMap<>();
        List<?> rows = em.createNativeQuery("SELECT start_ts, energy_wh FROM rollup_hour WHERE device_id = ? AND start_ts >= ? AND start_ts < ?"
                + " AND known_ms >= ?").setParameter(1, deviceRowId).setParameter(2, from).setParameter(3, to).setParameter(4, HOUR_MS)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            hours.put(((Number) columns[0]).longValue(), ((Number) columns[1]).doubleValue());
        }
        return hours;
    }

    /** The end of the device's latest stored hour, or {@code orElse}. */
    public long latestHourEnd(long deviceRowId, long orElse) {
        Object latest = em.createNativeQuery("SELECT MAX(start_ts) FROM rollup_hour WHERE device_id = ?").setParameter(1, deviceRowId)
                .getSingleResult();
        return latest == null ? orElse : ((Number) latest).longValue() + HOUR_MS;
    }

    public Set<Long> unusual(long deviceRowId, long from, long to) {
        List<?> starts = em.createNativeQuery("SELECT hour_start_ts FROM anomaly_hour WHERE device_id = ? AND hour_start_ts >= ? AND hour_start_ts < ?")
                .setParameter(1, deviceRowId).setParameter(2, from).setParameter(3, to).getResultList();
        Set<Long> hours = new HashSet<>();
        starts.forEach(start -> hours.add(((Number) start).longValue()));
        return hours;
    }

    /** The verdicts of [from, to) replace what was found there before. */
    public void replace(long deviceRowId, long from, long to, List<HourVerdict> verdicts) {
        em.createNativeQuery("DELETE FROM anomaly_hour WHERE device_id = ? AND hour_start_ts >= ? AND hour_start_ts < ?")
                .setParameter(1, deviceRowId).setParameter(2, from).setParameter(3, to).executeUpdate();
        for (HourVerdict hour : verdicts) {
            if (hour.verdict().unusual()) {
                em.createNativeQuery("INSERT INTO anomaly_hour (device_id, hour_start_ts, kind, actual_wh, expected_wh) VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, deviceRowId).setParameter(2, hour.start()).setParameter(3, hour.verdict().kind().name().toLowerCase())
                        .setParameter(4, hour.verdict().actualWh()).setParameter(5, hour.verdict().expectedWh()).executeUpdate();
            }
        }
    }
}
