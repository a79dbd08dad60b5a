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
import org.energytracking.anomalies.entity.SiteTotal;

/**
 * A device's or a site's complete hours, and the hours found unusual (left out of later baselines), in the caller's
 * transaction. A site's hours are the totals of its devices (their channels left out), see {@link SiteTotal}.
 */
@Dependent
public class HourFlags {

    /** An hour is complete when all of its 3,600,000 ms have known energy. */
    static final int HOUR_MS = 3_600_000;
    private static final String SITE_DEVICES = " FROM rollup_hour r JOIN device d ON d.id = r.device_id WHERE d.site_id = ?"
            + " AND (d.parent_id IS NULL OR d.adds_to_site AND d.channel NOT LIKE 'export%')";

    @PersistenceContext
    EntityManager em;

    /** Complete hours whose start is in [from, to): start → Wh. */
    public Map<Long, Double> completeHours(HourScope scope, long from, long to) {
        if (scope.site()) {
            return siteTotal(scope.key(), from, to).completeHours();
        }
        Map<Long, Double> hours = new TreeMap<>();
        for (Object[] columns : rows(em.createNativeQuery("SELECT start_ts, energy_wh FROM rollup_hour WHERE device_id = ? AND start_ts >= ?"
                + " AND start_ts < ? AND known_ms >= ?").setParameter(1, scope.key()).setParameter(2, from).setParameter(3, to)
                .setParameter(4, HOUR_MS).getResultList())) {
            hours.put(((Number) columns[0]).longValue(), ((Number) columns[1]).doubleValue());
        }
        return hours;
    }

    /** The end of the latest stored hour, or {@code orElse}. */
    public long latestHourEnd(HourScope scope, long orElse) {
        if (scope.site()) {
            return siteTotal(scope.key(), 0, 0).latestHourEnd(orElse);
        }
        Object latest = em.createNativeQuery("SELECT MAX(start_ts) FROM rollup_hour WHERE device_id = ?").setParameter(1, scope.key())
                .getSingleResult();
        return latest == null ? orElse : ((Number) latest).longValue() + HOUR_MS;
    }

    public Set<Long> unusual(HourScope scope, long from, long to) {
        List<?> starts = em.createNativeQuery("SELECT hour_start_ts FROM " + scope.flagTable() + " WHERE " + scope.keyColumn() + " = ?"
                + " AND hour_start_ts >= ? AND hour_start_ts < ?").setParameter(1, scope.key()).setParameter(2, from).setParameter(3, to)
                .getResultList();
        Set<Long> hours = new HashSet<>();
        starts.forEach(start -> hours.add(((Number) start).longValue()));
        return hours;
    }

    /** The verdicts of [from, to) replace what was found there before. */
    public void replace(HourScope scope, long from, long to, List<HourVerdict> verdicts) {
        em.createNativeQuery("DELETE FROM " + scope.flagTable() + " WHERE " + scope.keyColumn() + " = ? AND hour_start_ts >= ? AND hour_start_ts < ?")
                .setParameter(1, scope.key()).setParameter(2, from).setParameter(3, to).executeUpdate();
        for (HourVerdict hour : verdicts) {
            if (hour.verdict().unusual()) {
                em.createNativeQuery("INSERT INTO " + scope.flagTable() + " (" + scope.keyColumn() + ", hour_start_ts, kind, actual_wh, expected_wh)"
                        + " VALUES (?, ?, ?, ?, ?)").setParameter(1, scope.key()).setParameter(2, hour.start())
                        .setParameter(3, hour.verdict().kind().name().toLowerCase()).setParameter(4, hour.verdict().actualWh())
                        .setParameter(5, hour.verdict().expectedWh()).executeUpdate();
            }
        }
    }

    /** The site's devices' spans, and its hours in [from, to) as the database sums them. */
    private SiteTotal siteTotal(long siteId, long from, long to) {
        SiteTotal total = new SiteTotal();
        for (Object[] columns : rows(em.createNativeQuery("SELECT r.device_id, MIN(r.start_ts), MAX(r.start_ts)" + SITE_DEVICES + " GROUP BY r.device_id")
                .setParameter(1, siteId).getResultList())) {
            total.span(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(), ((Number) columns[2]).longValue());
        }
        if (to > from) {
            for (Object[] columns : rows(em.createNativeQuery("SELECT r.start_ts, SUM(r.energy_wh), SUM(r.known_ms >= " + HOUR_MS + ")" + SITE_DEVICES
                    + " AND r.start_ts >= ? AND r.start_ts < ? GROUP BY r.start_ts").setParameter(1, siteId).setParameter(2, from).setParameter(3, to)
                    .getResultList())) {
                total.hour(((Number) columns[0]).longValue(), ((Number) columns[1]).doubleValue(), ((Number) columns[2]).intValue());
            }
        }
        return total;
    }

    private static List<Object[]> rows(List<?> result) {
        return result.stream().map(Object[].class::cast).toList();
    }
}
