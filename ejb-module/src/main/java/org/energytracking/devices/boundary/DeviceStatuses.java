package org.energytracking.devices.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.energytracking.devices.entity.DeviceStatus;
import org.energytracking.identity.control.Requires;

/** The status of every device of a site in one query: a dashboard with 200 devices asks once, not 200 times. */
@Stateless
public class DeviceStatuses {

    // ORDER BY ts DESC LIMIT 1, not MAX(ts): on the month-partitioned table MAX read every reading of
    // the device (4.5 s for 200 devices with a year each), the ordered scan reads one row (25 ms).
    private static final String SQL = "SELECT d.id, d.device_id, d.name, d.type, d.timezone, d.last_seen_at, r.ts, r.power_w,"
            + " d.reported_online, d.reported_online_at"
            + " FROM device d LEFT JOIN reading r ON r.device_id = d.id"
            + " AND r.ts = (SELECT x.ts FROM reading x WHERE x.device_id = d.id ORDER BY x.ts DESC LIMIT 1)"
            + " WHERE d.site_id = ? AND d.parent_id IS NULL ORDER BY d.name, d.id";

    @PersistenceContext
    EntityManager em;

    @Requires("devices:read")
    public List<DeviceStatus> ofSite(@Requires.Site long siteId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, siteId).getResultList();
        return rows.stream().map(DeviceStatuses::status).toList();
    }

    private static DeviceStatus status(Object[] row) {
        Number ts = (Number) row[6];
        Number power = (Number) row[7];
        return new DeviceStatus(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                ZoneId.of((String) row[4]), utc(row[5]), ts == null ? null : Instant.ofEpochMilli(ts.longValue()),
                power == null ? null : power.doubleValue(), reported(row[8]), utc(row[9]));
    }

    private static Boolean reported(Object column) {
        return column == null ? null : column instanceof Boolean online ? online : ((Number) column).intValue() != 0;
    }

    private static Instant utc(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return column == null ? null : ((LocalDateTime) column).toInstant(ZoneOffset.UTC);
    }
}
