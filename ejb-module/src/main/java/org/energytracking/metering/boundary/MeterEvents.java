package org.energytracking.metering.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.energytracking.devices.control.DeviceLookup;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.control.Requires;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.entity.MeterEvent;

/**
 * Meter events of a device. Declaring or withdrawing a replacement marks the time around it stale,
 * so the rollup timer re-rolls the one interval it splits within seconds.
 */
@Stateless
public class MeterEvents {

    private static final Logger LOG = Logger.getLogger(MeterEvents.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    DeviceLookup devices;

    private final Clock clock = Clock.systemUTC();

    @Requires("readings:read")
    public List<MeterEvent> list(@Requires.Device String deviceId, long from, long to) {
        Device device = devices.device(deviceId);
        return em.createNamedQuery(MeterEvent.OF_DEVICE, MeterEvent.class).setParameter("device", device.id())
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Requires("devices:write")
    public MeterEvent declareReplacement(@Requires.Device String deviceId, long ts, double newCounterWh) {
        Device device = devices.device(deviceId);
        boolean taken = !em.createNamedQuery(MeterEvent.OF_DEVICE, MeterEvent.class).setParameter("device", device.id())
                .setParameter("from", ts).setParameter("to", ts + 1).getResultList().stream()
                .filter(event -> !event.detected()).toList().isEmpty();
        if (taken) {
            throw Problem.conflict("ts", "a replacement is already declared at " + ts);
        }
        MeterEvent event = MeterEvent.replacement(device.id(), ts, newCounterWh, clock.instant());
        em.persist(event);
        markStale(device.id(), ts);
        LOG.info(() -> "Meter of device " + deviceId + " replaced at " + ts + ", new counter " + newCounterWh + " Wh");
        return event;
    }

    @Requires("devices:write")
    public void withdraw(@Requires.Device String deviceId, long eventId) {
        Device device = devices.device(deviceId);
        MeterEvent event = em.find(MeterEvent.class, eventId);
        if (event == null || event.deviceRowId() != device.id()) {
            throw Problem.notFound("no meter event " + eventId + " on device " + deviceId);
        }
        if (event.detected()) {
            throw Problem.conflict("id", "detected events follow the readings; only declared ones can be withdrawn");
        }
        em.remove(event);
        markStale(device.id(), event.ts());
    }

    private void markStale(long deviceRowId, long ts) {
        em.createNativeQuery("INSERT INTO rollup_dirty (device_id, day, from_ts, to_ts) VALUES (?1, ?2, ?3, ?3)"
                        + " ON DUPLICATE KEY UPDATE from_ts = LEAST(from_ts, ?3), to_ts = GREATEST(to_ts, ?3), version = version + 1")
                .setParameter(1, deviceRowId).setParameter(2, Math.floorDiv(ts, 86_400_000L)).setParameter(3, ts)
                .executeUpdate();
    }
}
