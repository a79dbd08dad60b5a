package org.energytracking.anomalies.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.anomalies.control.BandReader;
import org.energytracking.anomalies.entity.BaselineView;
import org.energytracking.anomalies.entity.HourBand;
import org.energytracking.anomalies.entity.HourlyHistory;
import org.energytracking.anomalies.entity.ProfileSlot;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.Metered;

/** A device's baseline as last recomputed, and whether it is still learning; the caller found the device (and may see it). */
@Stateless
public class Baselines {

    @PersistenceContext
    EntityManager em;
    @Inject
    BandReader bands;
    @Inject
    Energy energy;

    public BaselineView of(Metered device) {
        long id = device.deviceRowIds().get(0);
        Object first = em.createNativeQuery("SELECT MIN(start_ts) FROM rollup_hour WHERE device_id = ?").setParameter(1, id).getSingleResult();
        Instant learnedAt = first == null ? null : Instant.ofEpochMilli(((Number) first).longValue()).plus(HourlyHistory.LEARNING);
        List<BaselineView.Slot> slots = new ArrayList<>();
        Instant computedAt = null;
        for (Object row : em.createNativeQuery("SELECT slot, median_wh, mad_wh, samples, computed_at FROM anomaly_baseline WHERE device_id = ?"
                + " AND samples >= ? ORDER BY slot").setParameter(1, id).setParameter(2, HourlyHistory.MIN_SAMPLES).getResultList()) {
            Object[] columns = (Object[]) row;
            ProfileSlot slot = ProfileSlot.ofIndex(((Number) columns[0]).intValue());
            slots.add(new BaselineView.Slot(slot.weekend(), slot.hour(), ((Number) columns[1]).doubleValue(), ((Number) columns[2]).doubleValue(),
                    ((Number) columns[3]).intValue()));
            computedAt = columns[4] instanceof LocalDateTime at ? at.toInstant(ZoneOffset.UTC)
                    : columns[4] instanceof java.sql.Timestamp at ? at.toLocalDateTime().toInstant(ZoneOffset.UTC) : computedAt;
        }
        return new BaselineView(learnedAt == null || learnedAt.isAfter(Instant.now()), learnedAt, computedAt, slots);
    }

    /** The hourly band of the device or site's total (the caller found it, so may see it) over [from, to), its marks' alerts. */
    public HourBand band(Metered metered, Instant from, Instant to) {
        return metered.isSite() ? bands.site(metered.siteId(), from.toEpochMilli(), to.toEpochMilli())
                : bands.device(metered.deviceRowIds().get(0), from.toEpochMilli(), to.toEpochMilli());
    }

    /** The analytics page's band: a site's total, or one of its devices when {@code deviceId} is not empty. */
    public HourBand band(long siteId, String deviceId, Instant from, Instant to) {
        return band(deviceId == null || deviceId.isEmpty() ? energy.site(siteId) : energy.device(deviceId), from, to);
    }
}
